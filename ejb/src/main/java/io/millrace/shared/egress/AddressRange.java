package io.millrace.shared.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A block of IPv4 or IPv6 addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}); a single
 * address is a block of one. IPv4 addresses written in IPv6 form ({@code ::ffff:10.0.0.1}) are compared
 * as IPv4 ({@link Addresses#plain}).
 */
public final class AddressRange {
    private final byte[] network;
    private final int prefix;

    private AddressRange(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /**
     * Parses {@code address} or {@code address/prefix}; the address must be a literal (no DNS lookup).
     *
     * @throws IllegalArgumentException when it is not one
     */
    public static AddressRange parse(String text) {
        String spec = text.trim();
        int slash = spec.indexOf('/');
        String addressText = slash < 0 ? spec : spec.substring(0, slash);
        InetAddress address = Addresses.literal(addressText);
        if (address == null) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address or CIDR range");
        }
        byte[] bytes = Addresses.plain(address).getAddress();
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(spec.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' has an invalid prefix length");
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("'" + text + "' has an invalid prefix length");
            }
        }
        return new AddressRange(mask(bytes, prefix), prefix);
    }

    /** True when {@code address} is in this block (IPv4 blocks never contain IPv6 addresses, and the reverse). */
    public boolean contains(InetAddress address) {
        byte[] bytes = Addresses.plain(address).getAddress();
        return bytes.length == network.length && Arrays.equals(mask(bytes, prefix), network);
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] = (byte) (out[i] & (0xff << (8 - keep)));
        }
        return out;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
