#!/usr/bin/env bash
# Makes the certificates and keys node:tls's tests use (test/fixtures/tls). They are committed, so compat
# outputs that show fingerprints and serial numbers stay stable; re-run only to replace them all (and then
# re-record test/compat/tls and test/compat/https). Validity runs to 2125, except expired.pem.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/test/fixtures/tls"
mkdir -p "$out"
cd "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

days=36500
subj() { echo "/C=US/ST=CA/L=SF/O=jnode test/OU=$1/CN=$2"; }

# The test CA, and an intermediate CA under it.
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca-key.pem -out ca.pem -days "$days" -set_serial 0x1001 \
  -subj "$(subj ca 'jnode test CA')" -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign

issue() { # issue NAME SUBJECT SERIAL ISSUER EXTENSIONS [KEYTYPE]
  local name=$1 subject=$2 serial=$3 issuer=$4 ext=$5 keytype=${6:-rsa:2048}
  openssl req -newkey "$keytype" -nodes -keyout "$name-key.pem" -out "$work/$name.csr" -subj "$subject"
  printf '%b' "$ext" > "$work/$name.ext"
  openssl x509 -req -in "$work/$name.csr" -CA "$issuer.pem" -CAkey "$issuer-key.pem" -set_serial "$serial" \
    -days "$days" -extfile "$work/$name.ext" -out "$name.pem"
}

issue intermediate "$(subj intermediate 'jnode test intermediate CA')" 0x1002 ca \
  'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n'
server_ext='basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n'
issue server "$(subj server localhost)" 0x2001 ca \
  "${server_ext}subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n"
issue other-host "$(subj server other.example)" 0x2002 ca \
  "${server_ext}subjectAltName=DNS:other.example,DNS:*.wild.example\n"
issue leaf-of-intermediate "$(subj server localhost)" 0x2003 intermediate \
  "${server_ext}subjectAltName=DNS:localhost,IP:127.0.0.1\n"
issue client "$(subj client 'jnode test client')" 0x3001 ca \
  'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=clientAuth\n'
issue ec-server "$(subj server localhost)" 0x2004 ca \
  "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n" \
  ec:<(openssl ecparam -name prime256v1)
cat leaf-of-intermediate.pem intermediate.pem > leaf-chain.pem

# A self-signed server certificate, and one that expired (signed by the CA) long ago.
openssl req -x509 -newkey rsa:2048 -nodes -keyout self-signed-key.pem -out self-signed.pem -days "$days" \
  -set_serial 0x4001 -subj "$(subj self localhost)" -addext subjectAltName=DNS:localhost,IP:127.0.0.1
openssl req -newkey rsa:2048 -nodes -keyout expired-key.pem -out "$work/expired.csr" -subj "$(subj expired localhost)"
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' > "$work/expired.ext"
# openssl x509 cannot backdate; openssl ca can (-startdate/-enddate) with a throw-away database.
touch "$work/index.txt"
echo 5001 > "$work/serial"
cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
database = $work/index.txt
serial = $work/serial
new_certs_dir = $work
default_md = sha256
policy = anything
copy_extensions = none
[anything]
commonName = supplied
CNF
openssl ca -batch -config "$work/ca.cnf" -cert ca.pem -keyfile ca-key.pem -in "$work/expired.csr" -notext \
  -preserveDN -startdate 20000101000000Z -enddate 20010101000000Z -extfile "$work/expired.ext" -out expired.pem

# The server key encrypted with a passphrase (PKCS#8 and the traditional PEM form), and a PFX bundle.
openssl pkcs8 -topk8 -in server-key.pem -out server-key-encrypted.pem -passout pass:secret -v2 aes-256-cbc
openssl rsa -in server-key.pem -out server-key-traditional-encrypted.pem -aes128 -passout pass:secret -traditional
openssl pkcs12 -export -in server.pem -inkey server-key.pem -certfile ca.pem -out server.pfx -passout pass:secret
