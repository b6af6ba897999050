package org.govsite.audit.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.govsite.audit.export.Texts;

/**
 * Where the command line's secrets (the operator's password, the key file's passphrase) come from: never an
 * argument (the process list shows those) but a file readable only by its owner, as ssh demands of private keys,
 * or the console without echo. The caller owns the returned array and wipes it. Shared by the commands logging in
 * to the platform ({@link PlatformLogin}).
 */
public final class Secrets {
    private static final Set<PosixFilePermission> OPEN = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Console console;
    private final Texts text;

    /**
     * @param console the console to ask on when no file is given, null when there is none
     * @param text the messages, in the command line's language ({@link LoginOptions#text()})
     */
    public Secrets(Console console, Texts text) {
        this.console = console;
        this.text = text;
    }

    /**
     * @param file the secret's file ({@code --password-file}, {@code --passphrase-file}), null to ask on the console
     * @param option the file's option, for the messages
     * @param prompt what the console asks
     * @return the secret: the file's first line as UTF-8 (its line end dropped) or what the operator typed
     * @throws UsageException if the file is readable by others, or no file and no console
     * @throws IOException if the file cannot be read
     */
    public char[] read(Path file, String option, String prompt) throws UsageException, IOException {
        char[] secret;
        if (file == null) {
            if (console == null) {
                throw new UsageException(text.get("NoConsole", option)); //$NON-NLS-1$
            }
            secret = console.readPassword("%s", prompt); //$NON-NLS-1$
            if (secret == null) {
                secret = new char[0];
            }
        } else {
            secret = fromFile(file);
        }
        if (secret.length == 0) {
            throw new UsageException(text.get("EmptySecret", file == null ? option : file)); //$NON-NLS-1$
        }
        return secret;
    }

    private char[] fromFile(Path file) throws UsageException, IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
            if (permissions.stream().anyMatch(OPEN::contains)) {
                throw new UsageException(text.get("SecretFileOpen", file, //$NON-NLS-1$
                        PosixFilePermissions.toString(permissions)));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        CharBuffer chars = null;
        try {
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            chars = utf8.decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            return Arrays.copyOfRange(chars.array(), chars.arrayOffset(), chars.arrayOffset() + end);
        } catch (CharacterCodingException e) {
            throw new UsageException(text.get("SecretNotUtf8", file)); //$NON-NLS-1$
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }
}
