#!/bin/sh
# contrib/install.sh [--uninstall] DESTDIR BINDIR SBINDIR DATADIR MANDIR SYSCONFDIR LOCALSTATEDIR BUILD
# What `make install` / `make uninstall` run.  Never overwrites an existing
# sectriage.conf (a new one is installed as sectriage.conf.dist).
set -e
uninstall=
if [ "$1" = --uninstall ]; then uninstall=1; shift; fi
DESTDIR=$1 BINDIR=$2 SBINDIR=$3 DATADIR=$4 MANDIR=$5 SYSCONFDIR=$6 LOCALSTATEDIR=$7 BUILD=$8
SRC=$(cd "$(dirname "$0")/.." && pwd)
D=$DESTDIR
if [ -n "$uninstall" ]; then
	rm -f "$D$SBINDIR/sectriage-milter" "$D$BINDIR/sectriage"
	rm -rf "$D$DATADIR/sectriage"
	rm -f "$D$MANDIR/man8/sectriage-milter.8" "$D$MANDIR/man1/sectriage.1" "$D$MANDIR/man5/sectriage.conf.5"
	rm -f "$D$SYSCONFDIR/sectriage/sectriage.conf.dist"
	echo "uninstalled; kept $SYSCONFDIR/sectriage/sectriage.conf and $LOCALSTATEDIR/lib/sectriage (your data)"
	exit 0
fi
install -d -m 0755 "$D$BINDIR" "$D$SBINDIR" "$D$DATADIR/sectriage/rules/templates" \
	"$D$DATADIR/sectriage/contrib" "$D$MANDIR/man1" "$D$MANDIR/man5" "$D$MANDIR/man8" \
	"$D$SYSCONFDIR/sectriage"
install -m 0755 "$BUILD/sectriage-milter" "$D$SBINDIR/sectriage-milter"
install -m 0755 "$BUILD/sectriage" "$D$BINDIR/sectriage"
for f in "$SRC"/rules/*.rules "$SRC"/rules/*.model; do [ -f "$f" ] && install -m 0644 "$f" "$D$DATADIR/sectriage/rules/"; done
for f in "$SRC"/rules/templates/*; do [ -f "$f" ] && install -m 0644 "$f" "$D$DATADIR/sectriage/rules/templates/"; done
install -m 0644 "$SRC/man/sectriage-milter.8" "$D$MANDIR/man8/"
install -m 0644 "$SRC/man/sectriage.1" "$D$MANDIR/man1/"
install -m 0644 "$SRC/man/sectriage.conf.5" "$D$MANDIR/man5/"
cp -R "$SRC/contrib/postfix" "$SRC/contrib/sendmail" "$SRC/contrib/systemd" "$D$DATADIR/sectriage/contrib/"
if [ -e "$D$SYSCONFDIR/sectriage/sectriage.conf" ]; then
	install -m 0644 "$SRC/contrib/sectriage.conf" "$D$SYSCONFDIR/sectriage/sectriage.conf.dist"
	echo "kept $SYSCONFDIR/sectriage/sectriage.conf; the new sample is sectriage.conf.dist"
else
	install -m 0644 "$SRC/contrib/sectriage.conf" "$D$SYSCONFDIR/sectriage/sectriage.conf"
fi
install -d -m 0700 "$D$LOCALSTATEDIR/lib/sectriage"
echo "installed into ${DESTDIR:-/}"
