package io.github.vpnfailover.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddRouterDialogTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Home       | 22     | ",
        "Home       |        | ",
        "Home       | 0      | Port must be 1 to 65535, got 0",
        "Home       | 70000  | Port must be 1 to 65535, got 70000",
        "Home       | ssh    | Port must be a number, got \"ssh\"",
        "This computer | 22  | \"This computer\" is the local profile's name; choose another",
    })
    void entriesAreCheckedBeforeSaving(String name, String port, String problem) {
        assertThat(AddRouterDialog.problem(name, port == null ? "" : port)).isEqualTo(problem);
    }
}
