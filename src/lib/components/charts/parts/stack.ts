/** ECharts parts of the explorer's stacked bars (loaded in the browser only). */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

export default [BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer];
