package io.github.vpnfailover.cli;

import static io.github.vpnfailover.core.ValueRules.printable;

import io.github.vpnfailover.core.SwitchOptions;
import io.github.vpnfailover.router.MissingToolException;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.router.UnsafeValueException;
import java.io.PrintWriter;

/** Opens the router, runs a command's body and turns every failure into the exit code scripts rely on. */
final class RouterCommandRunner {

    /** A command's work against an open router; returns the exit code. */
    @FunctionalInterface
    interface Body {
        int run(Router router) throws ShellException;
    }

    private RouterCommandRunner() {
    }

    static int run(ShellFactory factory, ConnectionOptions connection, PrintWriter err, Body body) {
        return run(factory, connection, SwitchOptions.defaults(), err, body);
    }

    /** With the switch options of {@code switch} (decisions 0171, 0172). */
    static int run(ShellFactory factory, ConnectionOptions connection, SwitchOptions options, PrintWriter err, Body body) {
        try (RemoteShell shell = factory.open(connection)) {
            return body.run(new Router(shell, java.time.Clock.systemUTC(), connection.privilege(), options));
        } catch (UnsafeValueException e) {
            err.println("error: " + printable(e.getMessage()));
            return ExitCodes.USAGE;
        } catch (UsageException e) {
            err.println("error: " + printable(e.getMessage()));
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("error: " + printable(e.getMessage()));
            return ExitCodes.USAGE;
        } catch (MissingToolException e) {
            err.println("error: " + printable(e.getMessage()));
            return ExitCodes.FAILURE;
        } catch (ShellException e) {
            err.println("error: " + printable(e.getMessage()));
            return ExitCodes.CONNECTION;
        } finally {
            err.flush();
        }
    }

    /** A bad argument found while running (e.g. --tunnel naming a tunnel the router does not have). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
