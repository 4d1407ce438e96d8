#!/bin/sh
# Validates the desktop integration files the .deb installs. Registered in ctest as
# packaging_metadata. Usage: check_metadata.sh <desktop file> <metainfo file> <version>
set -eu
desktop=$1
metainfo=$2
version=$3
status=0

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "missing $tool (packages desktop-file-utils, appstream)" >&2
        exit 1
    fi
done

echo "desktop-file-validate $desktop"
desktop-file-validate "$desktop" || status=1

# --no-net: the screenshot and homepage URLs are not fetched (CI is offline).
echo "appstreamcli validate --no-net $metainfo"
appstreamcli validate --no-net "$metainfo" || status=1

if ! grep -q "<release version=\"$version\"" "$metainfo"; then
    echo "$metainfo has no <release version=\"$version\">: add one for this version" >&2
    status=1
fi

exit $status
