package io.fieldreport.desktop.signin;

import io.fieldreport.desktop.AppIcon;
import io.fieldreport.desktop.BuiltPage;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The first-run screen: web address and token, with the reason in words when the web says no. */
public final class SignInView extends BuiltPage {

    private final SignInViewModel vm;
    private final String demoHint;
    private TextField address;
    private TextField token;
    private Button signIn;

    /** @param demoHint shown above the form when the demo filled it in; null otherwise */
    public SignInView(SignInViewModel vm, String demoHint) {
        this.vm = vm;
        this.demoHint = demoHint;
    }

    /** The demo fills both fields: then the button is what a new user should reach first. */
    @Override
    public void focusFirst() {
        (vm.canSignInProperty().get() ? signIn : vm.webAddressProperty().get().isEmpty() ? address : token)
                .requestFocus();
    }

    private static Node field(String label, Node input) {
        Label l = new Label(label);
        l.setLabelFor(input);
        l.getStyleClass().add("field-label");
        return new VBox(6, l, input);
    }

    @Override
    protected Node create() {
        ImageView logo = AppIcon.view(48);
        Label title = new Label("Sign in to FieldReport");
        title.getStyleClass().add("sign-in-title");
        Label intro = new Label("Your inspections, comments and photos stay on this laptop and sync with the web"
                + " whenever there is a connection.");
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");

        address = new TextField();
        address.setId("webAddressField");
        address.setPromptText("https://fieldreport.example.com");
        address.textProperty().bindBidirectional(vm.webAddressProperty());
        token = new PasswordField();
        token.setId("tokenField");
        token.setPromptText("The token the office gave you");
        token.textProperty().bindBidirectional(vm.tokenProperty());

        Label error = new Label();
        error.setId("signInError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        signIn = new Button("Sign in");
        signIn.setId("signInButton");
        signIn.setDefaultButton(true);
        signIn.getStyleClass().add("accent");
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.disableProperty().bind(vm.canSignInProperty().not());
        signIn.setOnAction(e -> vm.signIn());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        HBox actions = new HBox(10, signIn, spinner);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(signIn, Priority.ALWAYS);

        VBox card = new VBox(logo, title, intro);
        if (demoHint != null) {
            Label hint = new Label(demoHint);
            hint.setId("demoHint");
            hint.setWrapText(true);
            hint.getStyleClass().add("demo-hint");
            card.getChildren().add(hint);
        }
        card.getChildren().addAll(field("Web address", address), field("Token", token), error, actions);
        card.getStyleClass().add("sign-in-card");
        card.setMaxWidth(460);
        card.setMaxHeight(Region.USE_PREF_SIZE);

        StackPane page = new StackPane(card);
        page.setId("signInPage");
        page.getStyleClass().add("page");
        StackPane.setAlignment(card, Pos.CENTER);
        return page;
    }
}
