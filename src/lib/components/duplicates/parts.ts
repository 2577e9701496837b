/** ECharts parts of the trend lines (loaded in the browser only). */
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

export default [LineChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer];
