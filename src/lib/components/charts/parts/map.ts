/** ECharts parts of a choropleth map (loaded in the browser only). */
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

export default [MapChart, TooltipComponent, SVGRenderer];
