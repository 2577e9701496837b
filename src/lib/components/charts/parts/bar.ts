/** ECharts parts of a bar chart with a target line (loaded in the browser only). */
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, ToolboxComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

export default [BarChart, GridComponent, TooltipComponent, ToolboxComponent, MarkLineComponent, SVGRenderer];
