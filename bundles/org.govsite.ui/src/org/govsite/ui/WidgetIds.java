package org.govsite.ui;

import org.eclipse.swt.widgets.Widget;

/** Stable widget ids (widget data key {@value #KEY}) that tests and tools use to find widgets. */
public final class WidgetIds {

    public static final String KEY = "org.govsite.id";
    /** Data key of a form control: the message of the validation problem shown next to it, or null. */
    public static final String PROBLEM_KEY = "org.govsite.problem";

    private WidgetIds() {
    }

    public static <W extends Widget> W tag(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
