/** ECharts parts of a line chart with stage bands and a target line (loaded in the browser only). */
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendScrollComponent, MarkAreaComponent, MarkLineComponent, ToolboxComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

export default [LineChart, GridComponent, TooltipComponent, LegendScrollComponent, ToolboxComponent, MarkAreaComponent, MarkLineComponent, SVGRenderer];
