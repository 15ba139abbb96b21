#!/bin/sh
# Install every Debian package sectriage builds and tests with (idempotent).
set -e
PKGS="build-essential pkg-config libmilter-dev libgmime-3.0-dev libsqlite3-dev \
 libjson-glib-dev libarchive-dev libgpgme-dev nettle-dev libgnutls28-dev sqlite3 postfix miltertest swaks \
 clang libclang-rt-14-dev valgrind gnupg python3 jq zip gpgsm iproute2 util-linux procps
 ca-certificates git man-db"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then echo "install-deps: need root to install:$missing" >&2; exit 1; fi
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
