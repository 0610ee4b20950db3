#!/bin/sh
# Runs tst_serverpassword's real-keychain test in a D-Bus session of its own,
# with a GNOME Keyring unlocked by a throwaway password in a temporary home:
# nothing of the machine's own keychain is touched.
# Usage: keychain-session.sh TST_SERVERPASSWORD
set -eu
test_binary=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
    printf "keychain-test-password" | gnome-keyring-daemon --unlock --components=secrets > /dev/null
    CIVICSTAT_REAL_KEYCHAIN=1 QT_QPA_PLATFORM=offscreen "$1" realKeychain_remembersReadsAndForgets
' keychain-session "$test_binary"
