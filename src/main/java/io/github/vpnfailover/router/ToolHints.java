package io.github.vpnfailover.router;

/** How to install each tool the router needs, on Debian-like systems and on OpenWrt. */
public final class ToolHints {

    private ToolHints() {
    }

    /** "curl not found on root@router:22: install it with 'apt install curl' (Debian/Ubuntu) or 'opkg install curl' (OpenWrt)". */
    public static String missing(String tool, String where) {
        return tool + " not found on " + where + ": install it with " + install(tool);
    }

    static String install(String tool) {
        return switch (tool) {
            case "ip" -> "'apt install iproute2' (Debian/Ubuntu) or 'opkg install ip-full' (OpenWrt)";
            case "ping" -> "'apt install iputils-ping' (Debian/Ubuntu) or 'opkg install iputils-ping' (OpenWrt; busybox ping also works)";
            case "curl" -> "'apt install curl' (Debian/Ubuntu) or 'opkg install curl' (OpenWrt)";
            case "wg" -> "'apt install wireguard-tools' (Debian/Ubuntu) or 'opkg install wireguard-tools' (OpenWrt)";
            case "head", "sleep" -> "'apt install coreutils' (Debian/Ubuntu); busybox provides it on OpenWrt";
            default -> "a POSIX sh ('apt install dash' on Debian/Ubuntu; busybox sh on OpenWrt)";
        };
    }
}
