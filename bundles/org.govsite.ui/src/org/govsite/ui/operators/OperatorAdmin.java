package org.govsite.ui.operators;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.client.OperatorInfo;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.crypto.Sm2PublicKey;

/**
 * What a system administrator does with operators, over a logged-in client: list, register, change roles
 * (high-risk: signed with the administrator's own key), unlock, delete (high-risk).
 */
public final class OperatorAdmin {

    private static final String OPERATORS = "/api/v1/operators";

    private final PlatformClient client;

    public OperatorAdmin(PlatformClient client) {
        this.client = client;
    }

    public List<OperatorInfo> list() {
        return client.operators();
    }

    /** Registers an operator with the public key they handed over; {@code password} is theirs to change. */
    public void add(String name, Sm2PublicKey key, char[] password, Set<String> roles) {
        client.post(OPERATORS, Map.of("name", name, "publicKey", key.toPem(), "password", new String(password), "roles",
                roles.stream().sorted().toList()));
    }

    public void changeRoles(String name, Set<String> roles, Sm2PrivateKey administratorKey) {
        client.changeRoles(name, roles, administratorKey);
    }

    public void unlock(String name) {
        client.post(OPERATORS + "/" + name + "/unlock", Map.of());
    }

    /** Deletes the operator; operators carry no version, so If-Match is 0 (the server does not check it here). */
    public void delete(String name, Sm2PrivateKey administratorKey) {
        client.deleteHighRisk(OPERATORS + "/" + name, 0, administratorKey);
    }
}
