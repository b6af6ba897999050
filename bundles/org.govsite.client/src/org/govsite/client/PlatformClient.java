package org.govsite.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.crypto.Sm2PublicKey;
import org.govsite.crypto.Sm2Signer;
import org.govsite.crypto.Sm3;
import org.govsite.protocol.Challenge;
import org.govsite.protocol.ChallengeRequest;
import org.govsite.protocol.ErrorBody;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.LoginProof;
import org.govsite.protocol.LoginRequest;
import org.govsite.protocol.LoginResponse;
import org.govsite.protocol.NonceSource;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.protocol.RequestSigner;
import org.govsite.protocol.ResponseVerifier;
import org.govsite.protocol.SessionKeyWrap;
import org.govsite.protocol.Verdict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govsite.protocol.PageTime;

/**
 * The workbench's connection to one platform server (docs/client.md): pins the server key, logs in with both
 * factors, signs every request (docs/protocol.md) and authenticates every answer before reading it (the server's
 * SM2 signature against the pinned key, or the HMAC under the session key that the signed login answer gave). Failures are {@link ClientException}s carrying the documented {@link ErrorCode}.
 * <p>
 * Thread-safe: any number of threads may call at once over the connection pool; {@link #login}, {@link #logout}
 * and {@link #close} are serialised. Secrets (session key, copies of the password) are wiped on logout and close.
 */
public final class PlatformClient implements AutoCloseable {
    private static final String API = "/api/v1/"; //$NON-NLS-1$
    /** The most articles the server takes in one {@link #createArticles} call. */
    public static final int MAX_ARTICLES_PER_BATCH = 500;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ConnectionSettings settings;
    private final HttpTransport transport;
    private final NonceSource nonces = NonceSource.secure();
    private final Object sessionLock = new Object();
    private volatile ServerIdentity identity;
    /**
     * One verifier per thread: an SM2 verifier serialises its callers (its signer is synchronized), and verifying
     * every answer is the client's largest cost (docs/benchmarks.md).
     */
    private final ThreadLocal<ResponseVerifier> verifiers = ThreadLocal
            .withInitial(() -> ResponseVerifier.pinned(identity.key(), identity.fingerprint()));
    private volatile RequestSigner session;
    private volatile Runnable sessionEnded = () -> {
        // nobody listens
    };

    private PlatformClient(ConnectionSettings settings, ClientOptions options) {
        this.settings = settings;
        this.transport = new HttpTransport(options);
    }

    /** @return a client for {@code settings} with {@link ClientOptions#DEFAULTS}; no connection is made yet */
    public static PlatformClient open(ConnectionSettings settings) {
        return open(settings, ClientOptions.DEFAULTS);
    }

    /** @return a client for {@code settings}; no connection is made yet */
    public static PlatformClient open(ConnectionSettings settings, ClientOptions options) {
        return new PlatformClient(settings, options);
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /**
     * @param listener told (on the calling thread) when the server answers that the session no longer exists (it
     *        expired, or ended elsewhere): {@link #isLoggedIn()} has turned false
     */
    public void onSessionEnded(Runnable listener) {
        sessionEnded = listener;
    }

    /**
     * Fetches the server key ({@code GET /api/v1/server-key}) and checks that the answer is signed with it. The first
     * call without a pinned fingerprint in the settings pins the key for this client (show its fingerprint to the
     * operator and store it with {@link ConnectionSettings#withPinnedFingerprint}); every other call compares.
     *
     * @throws ClientException {@link ErrorCode#RESP_SERVER_KEY_MISMATCH} if the key is not the pinned one (possible
     *         impersonation), {@link ErrorCode#RESP_BAD_SIGNATURE} if the answer is not signed with it
     */
    public ServerIdentity fetchServerIdentity() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ProtocolHeaders.NONCE, nonces.next());
        HttpTransport.Reply reply = transport.send("GET", uri(API + "server-key"), headers, new byte[0], null); //$NON-NLS-1$ //$NON-NLS-2$
        Sm2PublicKey key = readKey(reply);
        String fingerprint = KeyFingerprint.of(key);
        ServerIdentity known = identity;
        String pinned = known != null ? known.fingerprint() : settings.pinnedFingerprint();
        ResponseVerifier checked;
        try {
            checked = ResponseVerifier.pinned(key, pinned == null ? fingerprint : pinned);
        } catch (ProtocolException e) {
            throw new ClientException(e.errorCode(), reply.status(), e.detail());
        }
        check(checked, reply, headers.get(ProtocolHeaders.NONCE), null);
        ServerIdentity fetched = new ServerIdentity(key, fingerprint);
        synchronized (sessionLock) {
            if (identity == null) {
                identity = fetched;
            } else if (!identity.equals(fetched)) {
                throw new ClientException(ErrorCode.RESP_SERVER_KEY_MISMATCH, reply.status(),
                        "server key " + fingerprint + " is not the pinned " + identity.fingerprint()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return fetched;
    }

    private static Sm2PublicKey readKey(HttpTransport.Reply reply) {
        if (reply.status() != 200) {
            throw new ClientException(ErrorCode.RESP_BAD_SIGNATURE, reply.status(), "no server key in the answer"); //$NON-NLS-1$
        }
        try {
            return Sm2PublicKey.fromPem(new String(reply.body(), StandardCharsets.US_ASCII));
        } catch (CryptoException e) {
            throw new ClientException(ErrorCode.RESP_BAD_SIGNATURE, reply.status(), "server key: " + e.getMessage()); //$NON-NLS-1$
        }
    }

    /**
     * Logs in with both factors: the password and an SM2 proof of possession of {@code operatorKey} over the server's
     * challenge and the pinned server fingerprint. Keeps the session key (unwrapped with {@code operatorKey}) for
     * signing; an earlier session of this client is ended first. The password array stays the caller's (wipe it);
     * the copies made here are wiped.
     *
     * @throws ClientException {@link ErrorCode#AUTH_LOGIN_FAILED}, {@link ErrorCode#AUTH_LOCKED},
     *         {@link ErrorCode#AUTH_CHALLENGE}, verification and transport failures
     */
    public void login(char[] password, Sm2PrivateKey operatorKey) {
        synchronized (sessionLock) {
            logout();
            String fingerprint = requireIdentity().fingerprint();
            String operator = settings.operator();
            char[] copy = password.clone();
            byte[] body = null;
            try {
                Challenge challenge = Challenge.fromJson(send(Call.unsigned("POST", API + "session/challenge", //$NON-NLS-1$ //$NON-NLS-2$
                        new ChallengeRequest(operator).toJson())).body());
                LoginProof proof = new LoginProof(operator, challenge.challenge(), Instant.now().getEpochSecond(),
                        fingerprint);
                String signature = Base64.getEncoder().encodeToString(proof.sign(Sm2Signer.forSigning(operatorKey)));
                body = new LoginRequest(operator, copy, proof.challenge(), proof.timestamp(), signature).toJson();
                LoginResponse answer = LoginResponse.fromJson(send(Call.unsigned("POST", API + "session", body)).body()); //$NON-NLS-1$ //$NON-NLS-2$
                byte[] sessionKey = SessionKeyWrap.unwrap(answer.sessionKey(), operatorKey);
                session = new RequestSigner(operator, answer.session(), sessionKey);
                Arrays.fill(sessionKey, (byte) 0);
            } catch (ProtocolException e) {
                throw new ClientException(e.errorCode(), 200, e.detail());
            } catch (CryptoException e) {
                throw new ClientException(ErrorCode.REQ_INVALID_FIELD, 200, "session key: " + e.getMessage()); //$NON-NLS-1$
            } finally {
                Arrays.fill(copy, '\0');
                if (body != null) {
                    Arrays.fill(body, (byte) 0);
                }
            }
        }
    }

    /** Ends the session on the server ({@code DELETE /api/v1/session}) and wipes the session key. No-op if not logged in. */
    public void logout() {
        synchronized (sessionLock) {
            RequestSigner ending = session;
            if (ending == null) {
                return;
            }
            try {
                send(Call.signed("DELETE", API + "session", new byte[0], null)); //$NON-NLS-1$ //$NON-NLS-2$
            } finally {
                forget(ending);
            }
        }
    }

    public boolean isLoggedIn() {
        return session != null;
    }

    /** @return the identity pinned by {@link #fetchServerIdentity()}, if it ran */
    public ServerIdentity serverIdentity() {
        return identity;
    }

    /** {@code GET path} ({@code /api/v1/...}, optionally with a query); signed when logged in. */
    public JsonNode get(String path) {
        return getVersioned(path).value();
    }

    /** {@code GET path} with the version of the answer's ETag. */
    public Versioned<JsonNode> getVersioned(String path) {
        return versioned(send(Call.signed("GET", path, new byte[0], null))); //$NON-NLS-1$
    }

    /** {@code POST path} with {@code body} as JSON; the created entity and its version. */
    public Versioned<JsonNode> post(String path, Object body) {
        return post(path, body, null);
    }

    /** As {@link #post(String, Object)}, sending {@code X-GovSite-Idempotency-Key: idempotencyKey} (signed) if not null. */
    public Versioned<JsonNode> post(String path, Object body, String idempotencyKey) {
        return versioned(send(Call.signed("POST", path, json(body), null).idempotent(idempotencyKey))); //$NON-NLS-1$
    }

    /** {@code PUT path} with {@code If-Match: "ifMatch"}; the updated entity and its new version. */
    public Versioned<JsonNode> put(String path, Object body, long ifMatch) {
        return put(path, body, ifMatch, null);
    }

    /** As {@link #put(String, Object, long)}, sending the idempotency key if not null. */
    public Versioned<JsonNode> put(String path, Object body, long ifMatch, String idempotencyKey) {
        return versioned(send(Call.signed("PUT", path, json(body), null).ifMatch(ifMatch).idempotent(idempotencyKey))); //$NON-NLS-1$
    }

    /** {@code DELETE path} with {@code If-Match: "ifMatch"}. */
    public void delete(String path, long ifMatch) {
        delete(path, ifMatch, null);
    }

    /** As {@link #delete(String, long)}, sending the idempotency key if not null. */
    public void delete(String path, long ifMatch, String idempotencyKey) {
        send(Call.signed("DELETE", path, new byte[0], null).ifMatch(ifMatch).idempotent(idempotencyKey)); //$NON-NLS-1$
    }

    /** A high-risk {@code DELETE} (a site): also signed with the operator's own SM2 key. */
    public void deleteHighRisk(String path, long ifMatch, Sm2PrivateKey operatorKey) {
        send(Call.signed("DELETE", path, new byte[0], operatorKey).ifMatch(ifMatch)); //$NON-NLS-1$
    }

    /** A high-risk {@code PUT} without version (roles, keys): also signed with the operator's own SM2 key. */
    public JsonNode putHighRisk(String path, Object body, Sm2PrivateKey operatorKey) {
        return parse(send(Call.signed("PUT", path, json(body), operatorKey))); //$NON-NLS-1$
    }

    /** {@code GET path} answering raw bytes (attachments), verified like every answer. */
    public byte[] getBytes(String path) {
        return send(Call.signed("GET", path, new byte[0], null)).body(); //$NON-NLS-1$
    }

    /** {@code PUT path} of raw bytes of {@code contentType} (attachments, idempotent: no If-Match). */
    public void putBytes(String path, byte[] bytes, String contentType) {
        send(Call.signed("PUT", path, bytes, null).contentType(contentType)); //$NON-NLS-1$
    }

    /** {@code GET /api/v1/status}. */
    public ServerStatus status() {
        return read(get(API + "status"), ServerStatus.class); //$NON-NLS-1$
    }

    /**
     * {@code POST /api/v1/attachments/sweep?after=} (system administrators): removes one page of the attachments
     * nothing uses, in digest order after {@code after} ({@code ""}: from the first).
     */
    public AttachmentSweep sweepAttachments(String after) {
        return read(post(API + "attachments/sweep?after=" + after, Map.of()).value(), AttachmentSweep.class); //$NON-NLS-1$
    }

    /**
     * {@code POST /api/v1/sites/{id}/publish} (content reviewers): renders the site's pages anew where they changed
     * and serves them under its host names.
     */
    public PublishedSite publishSite(String siteId) {
        return read(post(API + "sites/" + encode(siteId) + "/publish", Map.of()).value(), PublishedSite.class); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** {@code GET /api/v1/operators} (system administrators). */
    public List<OperatorInfo> operators() {
        return Arrays.asList(read(get(API + "operators").path("operators"), OperatorInfo[].class)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** {@code PUT /api/v1/operators/{name}/roles}, high-risk: signed with the administrator's own key. */
    public void changeRoles(String operator, Set<String> roles, Sm2PrivateKey administratorKey) {
        putHighRisk(API + "operators/" + operator + "/roles", Map.of("roles", roles.stream().sorted().toList()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                administratorKey);
    }

    /** {@code GET /api/v1/log?after=&limit=} (auditors): entries with seq greater than {@code after}. */
    public LogPage log(long after, int limit) {
        return new LogPage(Arrays.asList(read(get(API + "log?after=" + after + "&limit=" + limit).path("entries"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                LogEntry[].class)));
    }

    /** {@code GET /api/v1/changes?after=&limit=} (editors, reviewers). */
    public ChangePage changes(long after, int limit) {
        return read(get(API + "changes?after=" + after + "&limit=" + limit), ChangePage.class); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * {@code GET /api/v1/statistics?year=} (every role): the annual report's counts per site for {@code year} in
     * Asia/Shanghai, as the server answers them ({@code {"year","sites":[...]}}, docs/server.md "Statistics").
     */
    public JsonNode statistics(int year) {
        return get(API + "statistics?year=" + year); //$NON-NLS-1$
    }

    /** {@code GET /api/v1/sites/{siteId}/columns} (editors, reviewers): the site's columns by position, then id. */
    public List<JsonNode> columns(String siteId) {
        return Arrays.asList(read(get(API + "sites/" + encode(siteId) + "/columns").path("columns"), JsonNode[].class)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** {@code GET /api/v1/sites/{siteId}/topics} (editors, reviewers): the site's topics (专题). */
    public List<JsonNode> topics(String siteId) {
        return Arrays.asList(read(get(API + "sites/" + encode(siteId) + "/topics").path("topics"), JsonNode[].class)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * {@code GET /api/v1/articles?column=&after=&limit=} (editors, reviewers): the articles listed in
     * {@code columnId} with ids greater than {@code after} ({@code ""}: from the first), at most {@code limit}.
     */
    public ArticlePage articles(String columnId, String after, int limit) {
        String from = after.isEmpty() ? "" : "&after=" + encode(after); //$NON-NLS-1$ //$NON-NLS-2$
        return read(get(API + "articles?column=" + encode(columnId) + from + "&limit=" + limit), ArticlePage.class); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * {@code PUT /api/v1/attachments/{sm3hex}} (content editors): stores {@code bytes} under their SM3 digest
     * (idempotent: the same bytes again change nothing).
     *
     * @return the digest, lower-case hex, by which articles link the attachment
     */
    public String putAttachment(byte[] bytes, String contentType) {
        return putAttachment(Sm3.digestHex(bytes), bytes, contentType);
    }

    /**
     * As {@link #putAttachment(byte[], String)} for a caller that has the digest already (and checked it against the
     * bytes): they are not digested again here. The platform refuses bytes whose SM3 differs
     * ({@code GS-REQ-CONTENT-DIGEST}).
     *
     * @param digest the SM3 of {@code bytes}, 64 lower-case hexadecimal digits
     * @throws IllegalArgumentException if {@code digest} is not written so
     */
    public String putAttachment(String digest, byte[] bytes, String contentType) {
        if (!Sm3.HEX_DIGEST.matcher(digest).matches()) {
            throw new IllegalArgumentException("not an SM3 digest: " + digest); //$NON-NLS-1$
        }
        putBytes(API + "attachments/" + digest, bytes, contentType); //$NON-NLS-1$
        return digest;
    }

    /**
     * {@code POST /api/v1/articles/batch} (content editors): creates up to {@value #MAX_ARTICLES_PER_BATCH} articles
     * in one request and server transaction, each as {@link #post(String, Object, String) post} to
     * {@code /api/v1/articles} with its key would (docs/server.md, "Batch create"). A refused article does not stop
     * the others; the body must stay under the server's 16 MiB.
     *
     * @return per item, in order, its outcome
     * @throws ClientException when the whole batch is refused (e.g. {@code GS-REQ-NOT-FOUND} from a server without the
     *         endpoint, {@code GS-REQ-TOO-LARGE}, {@code GS-AUTH-ROLE}) or got no answer ({@code code()} null)
     */
    public List<ArticleBatchResult> createArticles(List<ArticleBatchItem> items) {
        List<Map<String, Object>> articles = items.stream().map(item -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", item.key()); //$NON-NLS-1$
            entry.put("article", item.article()); //$NON-NLS-1$
            return entry;
        }).toList();
        JsonNode answer = parse(send(Call.signed("POST", API + "articles/batch", json(Map.of("articles", articles)), null))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonNode results = answer.path("results"); //$NON-NLS-1$
        if (!results.isArray() || results.size() != items.size()) {
            throw new ClientException(ErrorCode.REQ_MALFORMED_JSON, 200, "batch answer without one result per article"); //$NON-NLS-1$
        }
        List<ArticleBatchResult> outcomes = new ArrayList<>(items.size());
        for (JsonNode result : results) {
            int status = result.path("status").asInt(); //$NON-NLS-1$
            byte[] body = json(result.path("body")); //$NON-NLS-1$
            boolean replayed = result.path("replayed").asBoolean(); //$NON-NLS-1$
            outcomes.add(status >= 400 ? new ArticleBatchResult(null, replayed, error(status, body))
                    : new ArticleBatchResult(new Versioned<>(result.path("body"), version(result.path("etag").asText(null), status)), //$NON-NLS-1$ //$NON-NLS-2$
                            replayed, null));
        }
        return outcomes;
    }

    /**
     * Whether the server has {@link #createArticles} (servers before it answer {@code GS-REQ-NOT-FOUND}): asks with an
     * empty batch, which such a server refuses as {@code GS-REQ-INVALID-FIELD} without writing anything.
     *
     * @throws ClientException for any other answer (e.g. {@code GS-AUTH-ROLE}) or none
     */
    public boolean hasArticleBatches() {
        try {
            createArticles(List.of());
        } catch (ClientException e) {
            if (e.code() == ErrorCode.REQ_NOT_FOUND || e.code() == ErrorCode.REQ_INVALID_FIELD) {
                return e.code() == ErrorCode.REQ_INVALID_FIELD;
            }
            throw e;
        }
        throw new ClientException(ErrorCode.SERVER_ERROR, 200, "an empty batch was accepted"); //$NON-NLS-1$
    }

    /**
     * {@code PUT /api/v1/migration-notices/{oldHost}} (content editors): writes the old host's notice, replacing the one
     * it had. Refused with {@code GS-NOTICE-TOO-SHORT} when it would be shown less than 30 days, and with
     * {@code GS-NOTICE-LOCKED} when a notice already shown would be moved or ended before 30 days.
     *
     * @return the notice as the platform keeps it
     */
    public MigrationNotice putMigrationNotice(String oldHost, MigrationNotice.Draft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("site", draft.site()); //$NON-NLS-1$
        body.put("superiorSite", draft.superiorSite()); //$NON-NLS-1$
        body.put("title", draft.title()); //$NON-NLS-1$
        body.put("text", draft.text()); //$NON-NLS-1$
        if (draft.start() != null) {
            body.put("start", draft.start().format(PageTime.MINUTES)); //$NON-NLS-1$
        }
        body.put("end", draft.end().format(PageTime.MINUTES)); //$NON-NLS-1$
        return read(parse(send(Call.signed("PUT", noticePath(oldHost), json(body), null))), MigrationNotice.class); //$NON-NLS-1$
    }

    /** {@code GET /api/v1/migration-notices/{oldHost}} (content editors, reviewers): the notice, empty if there is none. */
    public Optional<MigrationNotice> migrationNotice(String oldHost) {
        try {
            return Optional.of(read(get(noticePath(oldHost)), MigrationNotice.class));
        } catch (ClientException e) {
            if (e.code() == ErrorCode.REQ_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * {@code DELETE /api/v1/migration-notices/{oldHost}} (content editors): takes the notice down; refused with
     * {@code GS-NOTICE-LOCKED} while it has been shown less than 30 days.
     */
    public void deleteMigrationNotice(String oldHost) {
        send(Call.signed("DELETE", noticePath(oldHost), new byte[0], null)); //$NON-NLS-1$
    }

    /**
     * {@code PUT /api/v1/archives/{oldHost}} (content editors): the archived snapshots of old pages, each the old path
     * with query, the SM3 digest of its HTML stored before by {@link #putAttachment} as
     * {@code text/html; charset=utf-8} and those of the files it shows (1 to 1000 per call; the same again changes
     * nothing and keeps the archive time). The platform serves those files on the old host while a snapshot shows them.
     *
     * @param contents what each old path's snapshot is made of
     * @return the snapshots as stored, with their addresses and archive times, in the order given
     */
    public List<ArchiveSnapshot> putArchiveSnapshots(String oldHost, Map<String, SnapshotContent> contents) {
        List<Map<String, Object>> snapshots = contents.entrySet().stream().map(entry -> Map.<String, Object>of("path", entry.getKey(), //$NON-NLS-1$
                "digest", entry.getValue().digest(), "assets", entry.getValue().assets())).toList(); //$NON-NLS-1$ //$NON-NLS-2$
        JsonNode answer = parse(send(Call.signed("PUT", API + "archives/" + oldHost, json(Map.of("snapshots", snapshots)), null))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return Arrays.asList(read(answer.path("snapshots"), ArchiveSnapshot[].class)); //$NON-NLS-1$
    }

    /**
     * {@code GET /api/v1/archives/{oldHost}?after=&limit=} (content editors, reviewers): the snapshots in old path order
     * after {@code after} ({@code ""}: from the first), at most {@code limit}.
     */
    public List<ArchiveSnapshot> archiveSnapshots(String oldHost, String after, int limit) {
        String from = after.isEmpty() ? "" : "&after=" + encode(after); //$NON-NLS-1$ //$NON-NLS-2$
        return Arrays.asList(read(get(API + "archives/" + oldHost + "?limit=" + limit + from).path("snapshots"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                ArchiveSnapshot[].class));
    }

    /**
     * {@code DELETE /api/v1/archives/{oldHost}} (content editors): takes down the snapshots of these old paths with
     * query (1 to 1000 per call; their addresses answer 404 from then on). A path without snapshot is no error.
     *
     * @return how many snapshots there were
     */
    public int deleteArchiveSnapshots(String oldHost, Collection<String> paths) {
        return deletePaths(API + "archives/" + oldHost, paths); //$NON-NLS-1$
    }

    /**
     * {@code DELETE /api/v1/redirects/{oldHost}} (content editors): deletes the redirect entries of these old paths with
     * query (1 to 1000 per call; the old URLs answer 404 from then on). A path without entry is no error.
     *
     * @return how many entries there were
     */
    public int deleteRedirects(String oldHost, Collection<String> paths) {
        return deletePaths(API + "redirects/" + oldHost, paths); //$NON-NLS-1$
    }

    private int deletePaths(String path, Collection<String> paths) {
        return parse(send(Call.signed("DELETE", path, json(Map.of("paths", List.copyOf(paths))), null))).path("deleted").asInt(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Logs out (best effort: an unreachable server cannot stop it) and closes the connection pool. */
    @Override
    public void close() {
        synchronized (sessionLock) {
            try {
                logout();
            } catch (ClientException e) {
                // the session key is wiped all the same; the server lets the session expire
            } finally {
                transport.close();
            }
        }
    }

    private HttpTransport.Reply send(Call call) {
        ResponseVerifier responses = requireVerifier();
        Map<String, String> headers = new LinkedHashMap<>();
        if (call.ifMatch() >= 0) {
            headers.put(ProtocolHeaders.IF_MATCH, "\"" + call.ifMatch() + "\""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (call.idempotencyKey() != null) {
            headers.put(ProtocolHeaders.IDEMPOTENCY_KEY, call.idempotencyKey());
        }
        RequestSigner signer = call.signed() ? session : null;
        if (signer != null) {
            sign(signer, call, headers);
        } else if (call.operatorKey() != null) {
            throw new IllegalStateException("a high-risk operation needs a session: log in first"); //$NON-NLS-1$
        } else {
            headers.put(ProtocolHeaders.NONCE, nonces.next());
        }
        HttpTransport.Reply reply = transport.send(call.method(), uri(call.path()), headers, call.body(), call.contentType());
        check(responses, reply, headers.get(ProtocolHeaders.NONCE), signer);
        if (reply.status() >= 400) {
            throw failure(reply, signer);
        }
        return reply;
    }

    private void sign(RequestSigner signer, Call call, Map<String, String> headers) {
        String target = targetOf(call.path());
        if (call.operatorKey() == null) {
            signer.sign(call.method(), target, headers, call.body());
        } else {
            signer.sign(call.method(), target, headers, call.body(), Sm2Signer.forSigning(call.operatorKey()));
        }
    }

    /** @param signer the session that signed the request (its key checks an answer's HMAC), or null */
    private static void check(ResponseVerifier responses, HttpTransport.Reply reply, String nonce, RequestSigner signer) {
        Verdict verdict = responses.verify(reply.status(), nonce, reply.headers(), reply.body(), signer);
        if (!verdict.accepted()) {
            throw new ClientException(verdict.error(), reply.status(), verdict.detail());
        }
    }

    private ClientException failure(HttpTransport.Reply reply, RequestSigner signer) {
        ClientException failure = error(reply.status(), reply.body());
        if (failure.code() == ErrorCode.AUTH_UNKNOWN_SESSION && signer != null) {
            boolean ended;
            synchronized (sessionLock) {
                ended = session == signer;
                if (ended) {
                    forget(signer);
                }
            }
            if (ended) {
                sessionEnded.run();
            }
        }
        return failure;
    }

    /** @return the documented error of an error body answered with {@code status} */
    private static ClientException error(int status, byte[] body) {
        try {
            ErrorBody error = ErrorBody.fromJson(body);
            ErrorCode code = ErrorCode.fromCode(error.code()).orElse(ErrorCode.SERVER_ERROR);
            return new ClientException(code, status, error.detail() == null ? "" : error.detail()); //$NON-NLS-1$
        } catch (ProtocolException e) {
            return new ClientException(ErrorCode.SERVER_ERROR, status, "unreadable error body: " + e.detail()); //$NON-NLS-1$
        }
    }

    private void forget(RequestSigner ending) {
        session = null;
        ending.destroy();
    }

    private ServerIdentity requireIdentity() {
        ServerIdentity known = identity;
        return known != null ? known : fetchIdentityFromPin();
    }

    private ResponseVerifier requireVerifier() {
        requireIdentity();
        return verifiers.get();
    }

    private ServerIdentity fetchIdentityFromPin() {
        if (settings.pinnedFingerprint() == null) {
            throw new IllegalStateException("no server key pinned: call fetchServerIdentity() first"); //$NON-NLS-1$
        }
        return fetchServerIdentity();
    }

    private URI uri(String path) {
        if (!path.startsWith("/")) { //$NON-NLS-1$
            throw new IllegalArgumentException("path must start with /: " + path); //$NON-NLS-1$
        }
        String base = settings.baseUri().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path); //$NON-NLS-1$
    }

    private String targetOf(String path) {
        URI uri = uri(path);
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery(); //$NON-NLS-1$
    }

    private static Versioned<JsonNode> versioned(HttpTransport.Reply reply) {
        return new Versioned<>(parse(reply), version(reply.header("ETag"), reply.status())); //$NON-NLS-1$
    }

    /** @return the version of an {@code ETag} ({@code null}: 0) */
    private static long version(String etag, int status) {
        if (etag == null) {
            return 0;
        }
        String digits = etag.strip();
        if (!digits.matches("\"[0-9]{1,18}\"")) { //$NON-NLS-1$
            throw new ClientException(ErrorCode.RESP_BAD_SIGNATURE, status, "malformed ETag " + etag); //$NON-NLS-1$
        }
        return Long.parseLong(digits.substring(1, digits.length() - 1));
    }

    private static JsonNode parse(HttpTransport.Reply reply) {
        if (reply.body().length == 0) {
            return MAPPER.missingNode();
        }
        try {
            return MAPPER.readTree(reply.body());
        } catch (IOException e) {
            throw new ClientException(ErrorCode.REQ_MALFORMED_JSON, reply.status(), "answer: " + e.getMessage()); //$NON-NLS-1$
        }
    }

    private static <T> T read(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ClientException(ErrorCode.REQ_MALFORMED_JSON, 200, type.getSimpleName() + ": " + e.getMessage()); //$NON-NLS-1$
        }
    }

    private static String noticePath(String oldHost) {
        return API + "migration-notices/" + oldHost; //$NON-NLS-1$
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] json(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("body cannot be written as JSON: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }
}
