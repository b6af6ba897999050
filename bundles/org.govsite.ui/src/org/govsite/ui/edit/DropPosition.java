package org.govsite.ui.edit;

/** Where a dragged column lands relative to the drop target. */
public enum DropPosition {
    BEFORE, AFTER, ON
}
