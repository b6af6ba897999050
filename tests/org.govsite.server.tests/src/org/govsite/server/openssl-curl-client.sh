# A third-party client with only OpenSSL 3 and curl (docs/protocol.md, "Calling a server with curl"), run by
# OpenSslCurlClientTest in a folder holding operator-key.pem and password.txt of operator $2, against server $1:
# pins the server key, logs in, unwraps the session key, makes a signed GET and verifies the answers
# (the login's SM2 signature with the server key, the GET's HMAC-SM3 with the session key).
HOST=$1
OPERATOR=$2
nonce() { openssl rand -hex 16; }
field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }
curl -sS "$HOST/api/v1/server-key" -H "X-GovSite-Nonce: $(nonce)" -o server-pub.pem
FINGERPRINT=$(openssl pkey -pubin -in server-pub.pem -outform DER | openssl dgst -sm3 -r | cut -d' ' -f1)
echo "fingerprint $FINGERPRINT"
CHALLENGE=$(curl -sS -X POST "$HOST/api/v1/session/challenge" -H "X-GovSite-Nonce: $(nonce)" \
    --data-binary "{\"operator\":\"$OPERATOR\"}" | field challenge)
TIMESTAMP=$(date +%s)
printf 'GOVSITE-LOGIN-V1\n%s\n%s\n%s\n%s' "$OPERATOR" "$CHALLENGE" "$TIMESTAMP" "$FINGERPRINT" > login.txt
SIGNATURE=$(openssl pkeyutl -sign -rawin -digest sm3 -inkey operator-key.pem -pkeyopt distid:1234567812345678 -in login.txt | base64 -w0)
LOGIN_NONCE=$(nonce)
LOGIN_STATUS=$(curl -sS -X POST "$HOST/api/v1/session" -H "X-GovSite-Nonce: $LOGIN_NONCE" \
    --data-binary "{\"operator\":\"$OPERATOR\",\"password\":\"$(cat password.txt)\",\"challenge\":\"$CHALLENGE\",\"timestamp\":$TIMESTAMP,\"signature\":\"$SIGNATURE\"}" \
    -D login-headers.txt -o login.json -w '%{http_code}')
header() { grep -i "^$1:" "$2" | cut -d' ' -f2 | tr -d '\r'; }
# the answer carrying the session key is signed with the server key: check it before trusting the key
printf 'GOVSITE-RESPONSE-V1\n%s\n%s\n%s\n%s' "$LOGIN_STATUS" "$LOGIN_NONCE" "$(header X-GovSite-Timestamp login-headers.txt)" \
    "$(openssl dgst -sm3 -r login.json | cut -d' ' -f1)" > canonical-login-response.txt
header X-GovSite-Server-Signature login-headers.txt | base64 -d > login-response.sig
openssl pkeyutl -verify -rawin -digest sm3 -pubin -inkey server-pub.pem -pkeyopt distid:1234567812345678 \
    -in canonical-login-response.txt -sigfile login-response.sig || exit 1
SESSION=$(field session < login.json)
field sessionKey < login.json | base64 -d > session-key.der
SESSION_KEY=$(openssl pkeyutl -decrypt -inkey operator-key.pem -in session-key.der | od -An -v -tx1 | tr -d ' \n')
NONCE=$(nonce)
TIMESTAMP=$(date +%s)
EMPTY=$(printf '' | openssl dgst -sm3 -r | cut -d' ' -f1)
printf 'GOVSITE-REQUEST-V1\nGET\n/api/v1/log\nlimit=5\nx-govsite-operator:%s\nx-govsite-session:%s\nx-govsite-timestamp:%s\nx-govsite-nonce:%s\nx-govsite-content-sm3:%s\nif-match:\nx-govsite-idempotency-key:\n%s' \
    "$OPERATOR" "$SESSION" "$TIMESTAMP" "$NONCE" "$EMPTY" "$EMPTY" > canonical.txt
MAC=$(openssl mac -digest SM3 -macopt hexkey:"$SESSION_KEY" -in canonical.txt HMAC | tr 'A-F' 'a-f')
STATUS=$(curl -sS "$HOST/api/v1/log?limit=5" -H "X-GovSite-Operator: $OPERATOR" -H "X-GovSite-Session: $SESSION" \
    -H "X-GovSite-Timestamp: $TIMESTAMP" -H "X-GovSite-Nonce: $NONCE" -H "X-GovSite-Content-SM3: $EMPTY" \
    -H "Authorization: GOVSITE-HMAC-SM3 Signature=$MAC" -D response-headers.txt -o response-body.json -w '%{http_code}')
printf 'GOVSITE-RESPONSE-V1\n%s\n%s\n%s\n%s' "$STATUS" "$NONCE" "$(header X-GovSite-Timestamp response-headers.txt)" \
    "$(openssl dgst -sm3 -r response-body.json | cut -d' ' -f1)" > canonical-response.txt
RESPONSE_MAC=$(openssl mac -digest SM3 -macopt hexkey:"$SESSION_KEY" -in canonical-response.txt HMAC | tr 'A-F' 'a-f')
if [ "$RESPONSE_MAC" = "$(header X-GovSite-Server-MAC response-headers.txt)" ]; then echo "response MAC verified"; else echo "response MAC wrong"; exit 1; fi
echo "status $STATUS"
cat response-body.json
