package org.govsite.crypto.tests;

import java.util.HexFormat;

/**
 * The worked examples on the SM2 recommended curve in GM/T 0003.5-2012 (GB/T 32918.5-2017) Annexes A (signature)
 * and C (encryption), as OpenSSL's test/sm2_internal_test.c also uses them.
 */
final class Sm2Vectors {
    /** Private key dA. */
    static final byte[] D = hex("3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8");
    /** Public key PA = [dA]G, uncompressed. */
    static final byte[] PUBLIC = hex("04"
            + "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020"
            + "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13");
    /** The random k of both examples. */
    static final byte[] K = hex("59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21");

    /** Annex A: message, signed with the default user ID 1234567812345678. */
    static final String SIGNED_MESSAGE = "message digest";
    static final byte[] R = hex("F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3");
    static final byte[] S = hex("B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA");

    /** Annex C: message and ciphertext parts. */
    static final String ENCRYPTED_MESSAGE = "encryption standard";
    static final byte[] C1 = hex("04"
            + "04EBFC718E8D1798620432268E77FEB6415E2EDE0E073C0F4F640ECD2E149A73"
            + "E858F9D81E5430A57B36DAAB8F950A3C64E6EE6A63094D99283AFF767E124DF0");
    static final byte[] C3 = hex("59983C18F809E262923C53AEC295D30383B54E39D609D160AFCB1908D0BD8766");
    static final byte[] C2 = hex("21886CA989CA9C7D58087307CA93092D651EFA");

    private Sm2Vectors() {
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] result = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, result, offset, part.length);
            offset += part.length;
        }
        return result;
    }
}
