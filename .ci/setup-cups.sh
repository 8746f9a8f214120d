#!/usr/bin/env bash
# A real print queue for the printing tests: CUPS with a cups-pdf queue named PDF (see STACK.md).
set -euo pipefail
mkdir -p /run/cups /tmp/cups-pdf-out
chmod 1777 /tmp/cups-pdf-out
sed -i 's#^Out .*#Out /tmp/cups-pdf-out/${USER}#' /etc/cups/cups-pdf.conf
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  /usr/sbin/cupsd
fi
for _ in $(seq 1 50); do
  lpstat -r 2>/dev/null | grep -q "is running" && break
  sleep 0.2
done
lpstat -r | grep -q "is running"
lpstat -p PDF >/dev/null 2>&1 || lpadmin -p PDF -v cups-pdf:/ -E -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
lpadmin -d PDF
cupsenable PDF
cupsaccept PDF
