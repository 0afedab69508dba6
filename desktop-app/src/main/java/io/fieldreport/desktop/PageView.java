package io.fieldreport.desktop;

import javafx.scene.Node;

/** A screen of the main window, built once and shown whenever its {@link Page} is. */
public interface PageView {

    Node node();

    /** Puts the keyboard focus where the inspector starts on this screen; called after it is shown. */
    void focusFirst();
}
