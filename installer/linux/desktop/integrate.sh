#!/bin/sh
# Hooks the installed app image into the system: the `vpnfailover` command on the PATH, the menu entry,
# the icons, the AppStream metainfo and (when shipped) the systemd unit of the headless daemon.
# Called by the .deb postinst/prerm and the .rpm %post/%preun as `integrate.sh install|remove`.
set -e

app=/opt/vpnfailover
here=$app/lib/desktop
id=io.github.vpnfailover
sizes="16 24 32 48 64 128 256 512"

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
}

systemd_running() {
    [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1
}

# check-openvpn's class-data archive (decision 0111), made here because the JVM takes an archive only with the
# class path it was made with, which is known once the app is in /opt. Nagios starts the plugin for every check;
# without the archive it only starts slower, so nothing here may fail the installation.
plugin_archive() {
    list=$app/lib/app/check-openvpn.classlist
    java=$app/lib/runtime/bin/java
    jsa=$app/lib/app/check-openvpn.jsa
    rm -f "$jsa"
    [ -f "$list" ] && [ -f "$app/lib/app/check-openvpn.classpath" ] && [ -x "$java" ] || return 0
    # the JVM settings are the launcher's own, read from it so that the two cannot differ
    opts=$(sed -n 's/^exec "$app\/lib\/runtime\/bin\/java" \(.*\) \$archive .*/\1/p' "$app/bin/check-openvpn")
    # shellcheck disable=SC2086 # the options are one word each
    "$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$jsa" $opts \
        -cp "$(cat "$app/lib/app/check-openvpn.classpath")" >/dev/null 2>&1 || rm -f "$jsa"
}

install_all() {
    ln -sfn "$app/bin/vpnfailover" /usr/bin/vpnfailover
    plugin_archive
    install -D -m 644 "$here/$id.desktop" "/usr/share/applications/$id.desktop"
    install -D -m 644 "$here/$id.metainfo.xml" "/usr/share/metainfo/$id.metainfo.xml"
    for size in $sizes; do
        install -D -m 644 "$here/icons/vpnfailover-$size.png" \
            "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
    # the daemon units are installed but never enabled: the operator configures a router first
    for unit in vpnfailover.service vpnfailover@.service; do
        if [ -f "$here/$unit" ]; then
            install -D -m 644 "$here/$unit" "/lib/systemd/system/$unit"
        fi
    done
    if [ -f "$here/vpnfailover.service" ] && systemd_running; then systemctl daemon-reload || true; fi
    refresh_caches
}

remove_all() {
    if [ -f /lib/systemd/system/vpnfailover.service ]; then
        if systemd_running; then systemctl disable --now vpnfailover.service >/dev/null 2>&1 || true; fi
        rm -f /lib/systemd/system/vpnfailover.service
        if systemd_running; then systemctl daemon-reload || true; fi
    fi
    if [ -f /lib/systemd/system/vpnfailover@.service ]; then
        # every running instance of the template stops with the package
        if systemd_running; then systemctl stop 'vpnfailover@*.service' >/dev/null 2>&1 || true; fi
        rm -f /lib/systemd/system/vpnfailover@.service
        if systemd_running; then systemctl daemon-reload || true; fi
    fi
    # only our own link: never a /usr/bin/vpnfailover that something else put there
    if [ -L /usr/bin/vpnfailover ] && [ "$(readlink /usr/bin/vpnfailover)" = "$app/bin/vpnfailover" ]; then
        rm -f /usr/bin/vpnfailover
    fi
    rm -f "$app/lib/app/check-openvpn.jsa"
    rm -f "/usr/share/applications/$id.desktop" "/usr/share/metainfo/$id.metainfo.xml"
    for size in $sizes; do
        rm -f "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
    refresh_caches
}

case "$1" in
    install) install_all ;;
    remove) remove_all ;;
    *) echo "usage: $0 install|remove" >&2; exit 2 ;;
esac
