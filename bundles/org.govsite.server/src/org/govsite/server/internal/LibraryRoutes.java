package org.govsite.server.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The routes of the resource library and publishing (docs/server.md): {@code articles[/{id}]}, {@code articles/batch},
 * {@code attachments/{sm3hex}}, {@code redirects/{host}}, {@code migration-notices/{host}}, {@code archives/{host}}
 * and {@code sites/{id}/publish}, for the {@link Router}.
 */
public final class LibraryRoutes {
    private final ArticleEndpoints articles;
    private final AttachmentEndpoints attachments;
    private final PublishEndpoint publish;
    private final RedirectEndpoints redirects;
    private final NoticeEndpoints notices;
    private final SnapshotEndpoints snapshots;

    public LibraryRoutes(Services services) {
        this.articles = new ArticleEndpoints(services);
        this.attachments = new AttachmentEndpoints(services);
        this.publish = new PublishEndpoint(services);
        this.redirects = new RedirectEndpoints(services);
        this.notices = new NoticeEndpoints(services);
        this.snapshots = new SnapshotEndpoints(services);
    }

    /** @return the answer if the request is for one of these routes */
    public Optional<ApiResponse> route(Caller caller, ApiRequest request) throws SQLException {
        List<String> path = request.segments();
        String method = request.method();
        if (path.equals(List.of("articles"))) { //$NON-NLS-1$
            return switch (method) {
            case "GET" -> Optional.of(articles.list(caller, request)); //$NON-NLS-1$
            case "POST" -> Optional.of(articles.crud.create(caller, request, null)); //$NON-NLS-1$
            default -> Optional.empty();
            };
        }
        if (method.equals("POST") && path.equals(List.of("articles", "batch"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return Optional.of(articles.batch(caller, request));
        }
        if (path.size() == 2 && path.get(0).equals("articles") && Fields.ID.matcher(path.get(1)).matches()) { //$NON-NLS-1$
            String id = path.get(1);
            return switch (method) {
            case "GET" -> Optional.of(articles.crud.get(caller, null, id)); //$NON-NLS-1$
            case "PUT" -> Optional.of(articles.crud.update(caller, request, null, id)); //$NON-NLS-1$
            case "DELETE" -> Optional.of(articles.crud.delete(caller, request, null, id)); //$NON-NLS-1$
            default -> Optional.empty();
            };
        }
        if (method.equals("POST") && path.equals(List.of("attachments", "sweep"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return Optional.of(attachments.sweep(caller, request));
        }
        if (path.size() == 2 && path.get(0).equals("attachments")) { //$NON-NLS-1$
            return switch (method) {
            case "PUT" -> Optional.of(attachments.put(caller, request, path.get(1))); //$NON-NLS-1$
            case "GET" -> Optional.of(attachments.get(caller, path.get(1))); //$NON-NLS-1$
            default -> Optional.empty();
            };
        }
        if (path.size() == 2 && path.get(0).equals("redirects")) { //$NON-NLS-1$
            return switch (method) {
            case "PUT" -> Optional.of(redirects.put(caller, request, path.get(1))); //$NON-NLS-1$
            case "GET" -> Optional.of(redirects.list(caller, request, path.get(1))); //$NON-NLS-1$
            case "DELETE" -> Optional.of(redirects.delete(caller, request, path.get(1))); //$NON-NLS-1$
            default -> Optional.empty();
            };
        }
        if (path.size() == 2 && path.get(0).equals("migration-notices")) { //$NON-NLS-1$
            return switch (method) {
            case "PUT" -> Optional.of(notices.put(caller, request, path.get(1))); //$NON-NLS-1$
            case "GET" -> Optional.of(notices.get(caller, path.get(1))); //$NON-NLS-1$
            case "DELETE" -> Optional.of(notices.delete(caller, path.get(1))); //$NON-NLS-1$
            default -> Optional.empty();
            };
        }
        if (path.size() == 2 && path.get(0).equals("archives")) { //$NON-NLS-1$
            return switch (method) {
            case "PUT" -> Optional.of(snapshots.put(caller, request, path.get(1))); //$NON-NLS-1$
            case "GET" -> Optional.of(snapshots.list(caller, request, path.get(1))); //$NON-NLS-1$
            case "DELETE" -> Optional.of(snapshots.delete(caller, request, path.get(1))); //$NON-NLS-1$
            default -> Optional.empty();
            };
        }
        if (method.equals("POST") && path.size() == 3 && path.get(0).equals("sites") && path.get(2).equals("publish")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return Optional.of(publish.publish(caller, path.get(1)));
        }
        return Optional.empty();
    }
}
