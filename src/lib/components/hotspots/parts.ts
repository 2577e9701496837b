/** ECharts parts of the hotspot bars (loaded in the browser only). */
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

export default [BarChart, GridComponent, TooltipComponent, SVGRenderer];
