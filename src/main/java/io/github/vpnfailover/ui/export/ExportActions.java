package io.github.vpnfailover.ui.export;

import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.ui.chart.TimeRange;
import io.github.vpnfailover.engine.EngineControl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.scene.image.Image;

/** History to CSV and chart snapshots to PNG: the store reads and file writes run on {@code io}, never on the FX thread. */
public final class ExportActions {

    private final EngineControl engine;
    private final Executor io;
    private final Clock clock;

    public ExportActions(EngineControl engine, Executor io, Clock clock) {
        this.engine = engine;
        this.io = io;
        this.clock = clock;
    }

    /** Reads the range's history of {@code tunnels} from the store and writes it; completes with the row count. */
    public CompletableFuture<Integer> csv(List<String> tunnels, TimeRange range, Path file) {
        Instant to = clock.instant().plusSeconds(1);
        Instant from = to.minus(range.length());
        Map<String, CompletableFuture<List<Sample>>> reads = new LinkedHashMap<>();
        tunnels.forEach(t -> reads.put(t, engine.history(t, from, to)));
        return CompletableFuture.allOf(reads.values().toArray(CompletableFuture[]::new)).thenApplyAsync(v -> {
            Map<String, List<Sample>> all = new LinkedHashMap<>();
            reads.forEach((t, f) -> all.put(t, f.join()));
            try {
                return CsvExport.write(file, all);
            } catch (java.io.IOException e) {
                throw new CompletionException(e);
            }
        }, io);
    }

    /** Writes a snapshot already taken on the FX thread. */
    public CompletableFuture<Path> png(Image snapshot, Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                PngExport.write(snapshot, file);
                return file;
            } catch (java.io.IOException e) {
                throw new CompletionException(e);
            }
        }, io);
    }
}
