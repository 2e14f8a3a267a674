// Each chart's own styles, from its folder (src/charts/<name>/style.css). Imported after chart.css,
// so a chart's classes (.mark-line--nvidia) come after the shared ones they refine (.mark-line).
import.meta.glob('../charts/*/style.css', { eager: true });
