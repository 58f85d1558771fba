package org.hardshipbinder.ui.documents;

import impl.org.controlsfx.skin.GridViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import org.controlsfx.control.GridView;

/**
 * The ControlsFX grid skin, except that a change in the number of rows keeps the existing rows: the stock skin
 * rebuilds every visible row whenever a row is added or removed, which re-styles every thumbnail and, while an
 * import adds documents one by one, stalled the window for a tenth of a second at each new row. The rows are still
 * refreshed by the stock code, and a thumbnail cell that is handed the same document again redraws nothing.
 */
final class ThumbnailGridSkin<T> extends GridViewSkin<T> {

    ThumbnailGridSkin(GridView<T> grid) {
        super(grid);
    }

    @Override
    protected void updateItemCount() {
        VirtualFlow<?> flow = getVirtualFlow();
        if (flow == null) {
            return;
        }
        int rows = getItemCount();
        if (flow.getCellCount() != rows) {
            flow.setCellCount(rows);
        }
        updateRows(rows);
        getSkinnable().requestLayout();
    }
}
