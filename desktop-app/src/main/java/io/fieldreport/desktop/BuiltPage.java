package io.fieldreport.desktop;

import javafx.scene.Node;

/**
 * A {@link PageView} whose nodes are built the first time they are asked for: after the subclass's
 * constructor has set its fields, which a build from the constructor would not see.
 */
public abstract class BuiltPage implements PageView {

    private Node node;

    @Override
    public final Node node() {
        if (node == null) {
            node = create();
        }
        return node;
    }

    /** Builds the page's nodes and binds them to its view model; called once. */
    protected abstract Node create();
}
