package io.github.vpnfailover.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The reference-vs-ours table of an oracle test: printed to the test log and kept in target/ssh-oracle/NAME.md. */
public final class OracleTable {
    private OracleTable() {
    }

    /** Writes and prints the Markdown table, header line plus rows; nothing when no case ran. */
    public static void write(String name, String title, String header, List<String> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        int columns = header.split("\\|", -1).length - 2;
        String table = header + "\n" + "|---".repeat(columns) + "|\n" + String.join("\n", rows) + "\n";
        Path out = Path.of("target/ssh-oracle/" + name + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println(title + ":\n" + table);
    }
}
