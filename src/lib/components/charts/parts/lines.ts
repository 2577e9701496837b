/** ECharts parts of several lines with a legend: the duplicates and quality trends (loaded in the browser only). */
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, ToolboxComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

export default [LineChart, GridComponent, TooltipComponent, LegendComponent, ToolboxComponent, SVGRenderer];
