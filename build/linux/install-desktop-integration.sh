#!/bin/sh
# Add Windtunnel to this user's application menu and make it open *.wtm model files.
#
#   ./install-desktop-integration.sh             install for the current user
#   ./install-desktop-integration.sh --uninstall remove what install added
#
# Run it from the unpacked app folder (it sits next to the `windtunnel` executable). It copies
# the .desktop entry (pointing at this folder's executable), the application/x-windtunnel-model
# MIME type and the icons into ${XDG_DATA_HOME:-~/.local/share}, then refreshes the desktop's
# caches when their tools are installed. Nothing needs root; moving the app folder later means
# running the script again.
set -eu

APP_DIR=$(cd "$(dirname "$0")" && pwd)
EXE="$APP_DIR/windtunnel"
SHARE="$APP_DIR/share"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
MIME_TYPE=application/x-windtunnel-model
MIME_ICON=application-x-windtunnel-model

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -f -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DATA/applications/windtunnel.desktop" "$DATA/mime/packages/windtunnel.xml"
    for icon in "$DATA"/icons/hicolor/*/apps/windtunnel.* "$DATA"/icons/hicolor/*/mimetypes/$MIME_ICON.*; do
        [ -e "$icon" ] && rm -f "$icon"
    done
    refresh
    echo "Windtunnel desktop integration removed from $DATA"
    exit 0
fi

if [ ! -x "$EXE" ] || [ ! -d "$SHARE" ]; then
    echo "install-desktop-integration.sh: run me from the Windtunnel app folder (no $EXE or $SHARE)" >&2
    exit 1
fi

mkdir -p "$DATA/applications" "$DATA/mime/packages"
# Exec and TryExec point at this folder's executable, quoted in case the path has spaces.
sed -e "s|^Exec=.*|Exec=\"$EXE\" %f|" -e "s|^TryExec=.*|TryExec=$EXE|" \
    "$SHARE/applications/windtunnel.desktop" > "$DATA/applications/windtunnel.desktop"
cp "$SHARE/mime/packages/windtunnel.xml" "$DATA/mime/packages/windtunnel.xml"
for folder in "$SHARE"/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$folder")")
    mkdir -p "$DATA/icons/hicolor/$size/apps" "$DATA/icons/hicolor/$size/mimetypes"
    for icon in "$folder"/windtunnel.*; do
        extension=${icon##*.}
        cp "$icon" "$DATA/icons/hicolor/$size/apps/windtunnel.$extension"
        cp "$icon" "$DATA/icons/hicolor/$size/mimetypes/$MIME_ICON.$extension"
    done
done
refresh
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default windtunnel.desktop "$MIME_TYPE" || true
fi
echo "Windtunnel added to the application menu; .wtm files open with $EXE"
