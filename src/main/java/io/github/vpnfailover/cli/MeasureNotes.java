package io.github.vpnfailover.cli;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code measure} adds below its table for someone trying it the first time: that the ping targets answered
 * through no tunnel (a network where the default 1.1.1.1 does not answer looks exactly like every tunnel dead), and
 * that bandwidth is not measured until URLs are given. Printed on stderr, so the table and the JSON stay as they are.
 */
final class MeasureNotes {

    private MeasureNotes() {
    }

    /** The notes for these samples, one line each; empty when there is nothing to add. */
    static List<String> of(List<Sample> samples, MeasureSettings settings, boolean targetsGiven) {
        List<String> notes = new ArrayList<>();
        if (samples.isEmpty()) {
            return notes;
        }
        boolean noTargetAnswers = samples.stream().allMatch(Sample::lostEveryPing);
        if (noTargetAnswers) {
            String targets = String.join(", ", settings.pingTargets()) + (targetsGiven ? "" : ", the default");
            notes.add("note: no ping target (" + targets + ") answered through any tunnel. If the tunnels do carry "
                    + "traffic, these targets do not answer through them: give --ping-target with an address every "
                    + "tunnel reaches.");
        }
        List<String> unmeasured = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        if (settings.downloadUrl() == null) {
            unmeasured.add("download");
            flags.add("--download-url");
        }
        if (settings.uploadUrl() == null) {
            unmeasured.add("upload");
            flags.add("--upload-url");
        }
        if (samples.stream().anyMatch(Sample::isGood) && !flags.isEmpty()) {
            notes.add("note: " + String.join(" and ", unmeasured) + " not measured: give " + String.join(" and ", flags)
                    + " (an HTTP server reached through the tunnels).");
        }
        return notes;
    }
}
