package io.github.vpnfailover.ui.connect;

import io.github.vpnfailover.router.ssh.HostKeyDecider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Trust on first use, asked in a dialog: the SSH connect runs on a background thread and waits here while
 * the FX thread shows the key type and SHA-256 fingerprint. Anything but "Trust" refuses the key.
 */
public final class HostKeyPrompt implements HostKeyDecider {

    /** A host key question to put to the user. */
    public record Question(String host, String keyType, String fingerprint) { }

    private final Function<Question, Boolean> askOnFx;

    public HostKeyPrompt(Function<Question, Boolean> askOnFx) {
        this.askOnFx = askOnFx;
    }

    /** The dialog the app uses. */
    public static HostKeyPrompt dialog(Window owner) {
        return new HostKeyPrompt(q -> show(owner, q));
    }

    @Override
    public boolean trust(String host, String keyType, String fingerprint) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("host keys are checked on a background thread, never the FX thread");
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(askOnFx.apply(new Question(host, keyType, fingerprint)));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return Boolean.TRUE.equals(answer.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    static boolean show(Window owner, Question q) {
        ButtonType trust = new ButtonType("Trust and connect", ButtonBar.ButtonData.OK_DONE);
        ButtonType refuse = new ButtonType("Don't connect", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.WARNING, "", trust, refuse);
        a.setTitle("Unknown host key");
        a.setHeaderText("First connection to " + q.host());
        a.setContentText("The router presented a key this app has not seen before:\n\n"
                + "Key type:     " + q.keyType() + "\nFingerprint:  " + q.fingerprint() + "\n\n"
                + "Compare it with the router's own (on the router: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). "
                + "Trust it only if they match; it is then saved to the app's known_hosts.");
        a.getDialogPane().setId("hostKeyDialog");
        a.getDialogPane().setMinWidth(560);
        if (owner != null) {
            a.initOwner(owner);
        }
        return a.showAndWait().filter(b -> b == trust).isPresent();
    }
}
