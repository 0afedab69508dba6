package io.fieldreport.desktop;

/** The screens of the main window. */
public enum Page {
    SIGN_IN, INSPECTIONS, EDITOR, SYNC_STATUS, SETTINGS
}
