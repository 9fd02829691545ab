#!/usr/bin/env bash
# Makes the certificates of test/fixtures/x509: names that need escaping when printed (crypto.X509Certificate,
# getPeerCertificate) and a CA with name constraints. Committed, so recorded outputs stay stable; re-run only to
# replace them all (then re-record test/compat/crypto/x509*.js and test/compat/tls/x509-*.js). Valid to 2125.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/test/fixtures/x509"
mkdir -p "$out"
cd "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
days=36500

# Self-signed, for printing: a multi-valued RDN, values with RFC 2253 specials and a line break, alternative names
# of every printable kind (some holding commas and quotes), authority information access.
cat > "$work/names.cnf" <<'CNF'
[req]
distinguished_name = dn
prompt = no
utf8 = yes
string_mask = utf8only
[dn]
C = DE
L = Berlin, "Mitte"
1.O = Zeichen <&> Co; KG
2.O = #second
OU = München
CN = names.example
[ext]
basicConstraints = critical,CA:TRUE
subjectAltName = @alt
authorityInfoAccess = @aia
[alt]
DNS.1 = names.example
DNS.2 = good.example, DNS:evil.example
URI.1 = http://example.com/a,b
URI.2 = http://example.com/?q=1
email.1 = someone@names.example
IP.1 = 10.1.2.3
IP.2 = 2001:db8::7
dirName.1 = dir
RID.1 = 1.3.9999.1
otherName.1 = 1.3.6.1.5.5.7.8.5;UTF8:user@chat.example
otherName.2 = 1.3.6.1.5.5.7.8.7;IA5STRING:_ldap.names.example
otherName.3 = 1.2.3.4;UTF8:opaque
[dir]
C = DE
L = Koeln, Rhein + "Ufer"
[aia]
OCSP;URI.1 = http://ocsp.names.example/
caIssuers;URI.2 = http://names.example/ca.cer
OCSP;URI.3 = http://ocsp.names.example/a,b
CNF
openssl req -x509 -newkey rsa:2048 -nodes -keyout names-key.pem -out names.pem -days "$days" -set_serial 0x6001 \
  -config "$work/names.cnf" -extensions ext -multivalue-rdn \
  -subj '/C=DE/L=Berlin, "Mitte"+street=Hauptstr. 1/O=Zeichen <&> Co; KG/O=#second /OU=München/CN=names.example' \
  -utf8

# A CA whose name constraints permit only *.allowed.example, and two leaves under it.
openssl req -x509 -newkey ec:<(openssl ecparam -name prime256v1) -nodes -keyout constrained-ca-key.pem \
  -out constrained-ca.pem -days "$days" -set_serial 0x6002 -subj '/CN=jnode constrained CA' \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
  -addext 'nameConstraints=critical,permitted;DNS:allowed.example'
leaf() { # leaf NAME SERIAL SAN
  openssl req -newkey ec:<(openssl ecparam -name prime256v1) -nodes -keyout "$1-key.pem" -out "$work/$1.csr" \
    -subj "/CN=$1"
  printf 'basicConstraints=CA:FALSE\nsubjectAltName=%s\n' "$3" > "$work/$1.ext"
  openssl x509 -req -in "$work/$1.csr" -CA constrained-ca.pem -CAkey constrained-ca-key.pem -set_serial "$2" \
    -days "$days" -extfile "$work/$1.ext" -out "$1.pem"
}
leaf inside-leaf 0x6003 'DNS:www.allowed.example'
leaf outside-leaf 0x6004 'DNS:localhost,DNS:www.allowed.example'
