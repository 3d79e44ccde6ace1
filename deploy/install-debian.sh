#!/usr/bin/env bash
# Installs (or updates) the Aufruf hub as a systemd service on a small Debian or Ubuntu PC.
#
#   sudo git clone <Aufruf repository> /opt/aufruf
#   sudo /opt/aufruf/deploy/install-debian.sh              install: steps 1–9, safe to run again
#   sudo /opt/aufruf/deploy/install-debian.sh --update     update:  steps U1–U6 (pull, build, restart)
#
# Options:
#   --root DIR       install the files under DIR instead of / (for tests and packaging). Only the
#                    file steps run; apt, useradd, npm, chown and systemctl are printed, not run.
#   --source DIR     take the code from this checkout or unpacked archive instead of the one this
#                    script is in (copied to /opt/aufruf; without it, a checkout elsewhere is copied too)
#   --update         the update procedure instead of the installation
#   --usb-printer    the hub prints on a USB printer: install the drop-in that lets it reach USB devices
#   --node-major N   Node.js major version from NodeSource when this PC has no Node 20.11+ (default 20)
#
# Each step checks before it changes something (Node, the user, the config), so running the script
# again repairs an installation; it then rebuilds and restarts the hub. It never overwrites
# /etc/aufruf/aufruf.yaml, and never touches the data in /var/lib/aufruf.
set -euo pipefail

APP=/opt/aufruf
DATA=/var/lib/aufruf
CONFIG_DIR=/etc/aufruf
UNIT=aufruf-hub
SERVICE_USER=aufruf

ROOT=''
SOURCE=''
MODE=install
USB_PRINTER=no
NODE_MAJOR=${NODE_MAJOR:-20}

usage() { sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --root) ROOT=${2:?--root needs a directory}; shift 2 ;;
    --source) SOURCE=${2:?--source needs a directory}; shift 2 ;;
    --update) MODE=update; shift ;;
    --usb-printer) USB_PRINTER=yes; shift ;;
    --node-major) NODE_MAJOR=${2:?--node-major needs a number}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SOURCE=$(cd "${SOURCE:-$HERE}" && pwd)
if [ -n "$ROOT" ]; then
  mkdir -p "$ROOT"
  ROOT=$(cd "$ROOT" && pwd)
fi
export DEBIAN_FRONTEND=noninteractive
# The kiosk's Electron shell is built elsewhere (npm run dist:desktop); the hub PC needs no Electron.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1

step() { printf '\n== %s\n' "$*"; }
info() { printf '   %s\n' "$*"; }
# Changes to the machine itself (packages, users, services): printed only with --root.
run() {
  if [ -n "$ROOT" ]; then
    info "(--root: not run) $*"
  else
    info "\$ $*"
    "$@"
  fi
}
# Runs a command in the application folder.
in_app() { run env --chdir="$APP" "$@"; }
fail() {
  printf '\nFehler / error: %s\n' "$*" >&2
  exit 1
}

node_ok() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number);
             process.exit((a === 20 && b >= 11) || (a > 20 && a < 25) ? 0 : 1)'
}

# A checkout: its tracked and new (not ignored) files. An unpacked archive: everything but what a
# build or a run makes (dependencies, builds, data).
copy_code() {
  local dest=$ROOT$APP
  if [ "$SOURCE" = "$(cd "$dest" 2>/dev/null && pwd || true)" ]; then
    info "$APP is the checkout this script runs from: nothing to copy"
    return
  fi
  info "copying $SOURCE to $dest"
  mkdir -p "$dest"
  if git -C "$SOURCE" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$SOURCE" ls-files -z --cached --others --exclude-standard |
      (cd "$SOURCE" && while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done) |
      tar -C "$SOURCE" --null -T - -cf - | tar -C "$dest" --no-same-owner -xf -
  else
    tar -C "$SOURCE" --exclude=./.git --exclude='node_modules' --exclude='./apps/*/dist' \
      --exclude='./packages/*/build' --exclude=./build --exclude=./data --exclude=./test-results \
      -cf - . | tar -C "$dest" --no-same-owner -xf -
  fi
}

build_app() {
  # Everything, dev dependencies included: vite, esbuild and tsx build the web apps and the hub
  # bundle. They stay installed (about 400 MB) so `npm run backup` and the next build work as they are.
  in_app npm ci --no-audit --no-fund
  in_app npm run build
}

install_files() {
  local system=$ROOT/etc/systemd/system
  # What an earlier run installed is kept up to date without the option being given again.
  [ -e "$system/$UNIT.service.d/usb-printer.conf" ] && USB_PRINTER=yes
  install -d "$system"
  install -m 0644 "$SOURCE/deploy/systemd/$UNIT.service" "$system/$UNIT.service"
  info "$system/$UNIT.service"
  if [ "$USB_PRINTER" = yes ]; then
    install -d "$system/$UNIT.service.d"
    install -m 0644 "$SOURCE/deploy/systemd/usb-printer.conf" "$system/$UNIT.service.d/usb-printer.conf"
    info "$system/$UNIT.service.d/usb-printer.conf"
    # The group lp may open the printer (the same rule as on the kiosk PCs).
    install -d "$ROOT/etc/udev/rules.d"
    install -m 0644 "$SOURCE/deploy/udev/60-aufruf-printer.rules" "$ROOT/etc/udev/rules.d/60-aufruf-printer.rules"
    info "$ROOT/etc/udev/rules.d/60-aufruf-printer.rules"
    run udevadm control --reload
    run udevadm trigger --subsystem-match=usb
  fi
  # Only for a hub that logs to a file; the unit above logs to the journal.
  install -d "$ROOT/etc/logrotate.d"
  install -m 0644 "$SOURCE/deploy/logrotate/aufruf" "$ROOT/etc/logrotate.d/aufruf"
  info "$ROOT/etc/logrotate.d/aufruf"
}

hub_port() {
  local port
  # A PORT= set in a drop-in (systemctl edit aufruf-hub); the hub's default otherwise.
  port=$({ systemctl show "$UNIT" -p Environment --value 2>/dev/null || true; } |
    tr ' ' '\n' | sed -n 's/^PORT=//p')
  echo "${port:-8080}"
}

wait_until_ready() {
  [ -n "$ROOT" ] && return
  local port
  port=$(hub_port)
  info "waiting for http://127.0.0.1:$port/healthz …"
  # No curl needed: Node has fetch.
  if node -e '
      const url = process.argv[1];
      const until = Date.now() + 60_000;
      const poll = () => fetch(url).then((r) => r.json()).then(
        (h) => (h.status === "ready" ? process.exit(0) : retry()), retry);
      const retry = () => (Date.now() > until ? process.exit(1) : setTimeout(poll, 500));
      poll();' "http://127.0.0.1:$port/healthz"; then
    info "the hub is ready"
  else
    journalctl -u "$UNIT" -n 30 --no-pager || true
    fail "the hub did not become ready within 60 s (see the log above: journalctl -u $UNIT)"
  fi
}

install_main() {
  step "1. Checks"
  if [ ! -f "$SOURCE/package.json" ] || [ ! -f "$SOURCE/deploy/systemd/$UNIT.service" ]; then
    fail "$SOURCE is not an Aufruf checkout"
  fi
  if [ -z "$ROOT" ]; then
    [ "$(id -u)" = 0 ] || fail "run as root (sudo $0)"
    command -v apt-get >/dev/null || fail "this script is for Debian/Ubuntu (apt-get)"
    command -v systemctl >/dev/null || fail "systemd is needed"
  fi
  info "code from $SOURCE, installed to ${ROOT}$APP"

  step "2. Node.js 20.11+ and the tools to build better-sqlite3"
  run apt-get update -qq
  run apt-get install -y -qq --no-install-recommends ca-certificates curl gnupg git python3 make g++
  if node_ok; then
    info "Node.js $(node --version) is installed: kept"
  else
    # Debian 12 and Ubuntu 24.04 ship Node 18, too old; NodeSource's repository has every LTS line.
    info "installing Node.js $NODE_MAJOR from NodeSource (deb.nodesource.com)"
    run install -d -m 0755 /usr/share/keyrings
    run sh -c 'curl -fsSL https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key |
      gpg --dearmor --yes -o /usr/share/keyrings/nodesource.gpg'
    run sh -c "printf '%s\n' 'Types: deb' 'URIs: https://deb.nodesource.com/node_$NODE_MAJOR.x' \
      'Suites: nodistro' 'Components: main' 'Signed-By: /usr/share/keyrings/nodesource.gpg' \
      >/etc/apt/sources.list.d/nodesource.sources"
    # The distribution's older nodejs must not win an upgrade.
    run sh -c "printf '%s\n' 'Package: nodejs' 'Pin: origin deb.nodesource.com' 'Pin-Priority: 600' \
      >/etc/apt/preferences.d/nodejs"
    run apt-get update -qq
    run apt-get install -y -qq nodejs
  fi

  step "3. User $SERVICE_USER (no login, no home of its own)"
  if getent passwd "$SERVICE_USER" >/dev/null; then
    info "user $SERVICE_USER exists"
  else
    run useradd --system --user-group --home-dir "$DATA" --no-create-home \
      --shell /usr/sbin/nologin --comment "Aufruf hub" "$SERVICE_USER"
  fi

  step "4. Code in $APP (owned by root: the service can read it, not change it)"
  copy_code

  step "5. Dependencies and build (npm ci, npm run build; a few minutes)"
  build_app

  step "6. Configuration $CONFIG_DIR/aufruf.yaml"
  install -d -m 0755 "$ROOT$CONFIG_DIR"
  if [ -e "$ROOT$CONFIG_DIR/aufruf.yaml" ]; then
    info "$CONFIG_DIR/aufruf.yaml exists: kept"
  else
    install -m 0640 "$SOURCE/config/aufruf.example.yaml" "$ROOT$CONFIG_DIR/aufruf.yaml"
    info "created from config/aufruf.example.yaml: office name, errands, places, printer"
  fi
  # It may hold the admin secret: readable by root and the service only.
  chmod 0640 "$ROOT$CONFIG_DIR/aufruf.yaml"
  run chown root:"$SERVICE_USER" "$CONFIG_DIR/aufruf.yaml"

  step "7. Service unit and logrotate"
  install_files
  run systemctl daemon-reload

  step "8. Start now and at every boot (a running hub is restarted with the new build)"
  run systemctl enable "$UNIT.service"
  run systemctl restart "$UNIT.service"
  wait_until_ready

  step "9. What is left to do"
  local port
  port=$(hub_port)
  info "Firewall: other PCs, TVs and phones need TCP port $port. With ufw, e.g.:"
  info "    ufw allow proto tcp from 192.168.0.0/16 to any port $port   (your office LAN)"
  info "Admin secret (shown once, at the first start):"
  info "    journalctl -u $UNIT -o cat | grep -A2 Admin-Schlüssel"
  info "    or set security.adminSecret in $CONFIG_DIR/aufruf.yaml and: systemctl restart $UNIT"
  info "Log: journalctl -u $UNIT -f      Status: systemctl status $UNIT"
  info "Pages: http://<this PC>:$port/admin/ (Verwaltung), /kiosk/, /counter/, /display/"
}

update_main() {
  step "U1. Checks"
  if [ -z "$ROOT" ]; then
    [ "$(id -u)" = 0 ] || fail "run as root (sudo $0 --update)"
  fi

  step "U2. A backup of the database before anything changes ($DATA/backups)"
  if [ -e "$ROOT$DATA/aufruf.sqlite" ]; then
    # SQLite's online backup, while the hub still runs; the update's migrations run only after it.
    in_app runuser -u "$SERVICE_USER" -- node --import tsx scripts/backup.ts --data-dir "$DATA"
  else
    info "no database yet: nothing to back up"
  fi

  step "U3. Stop the hub (screens show 'Keine Verbindung' and reconnect by themselves)"
  run systemctl stop "$UNIT.service"

  step "U4. New code"
  if [ -z "$ROOT" ] && git -C "$APP" rev-parse --is-inside-work-tree >/dev/null 2>&1 &&
    [ "$SOURCE" = "$APP" ]; then
    in_app git pull --ff-only
  else
    copy_code
  fi
  build_app
  install_files
  run systemctl daemon-reload

  step "U5. Start (the database schema is migrated at start, before the hub listens)"
  run systemctl start "$UNIT.service"
  wait_until_ready

  step "U6. Done"
  info "Should the new version fail: check out the previous one (git -C $APP checkout <commit>),"
  info "build it (npm ci && npm run build), stop the hub, restore the backup made in U2"
  info "(README, 'Restore': an older Aufruf refuses a database migrated by a newer one), start."
}

if [ "$MODE" = update ]; then update_main; else install_main; fi
