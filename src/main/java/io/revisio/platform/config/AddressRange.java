package io.revisio.platform.config;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** An IP address range in CIDR notation (a bare address is a range of one). */
public record AddressRange(BigInteger network, int prefixLength, int bits) {

    /** Only literal addresses: never resolve a host name while parsing configuration. */
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    public static AddressRange parse(String cidr) {
        String text = cidr.trim();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = literalBytes(address);
        int bits = bytes.length * 8;
        int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("prefix length out of range");
        }
        return new AddressRange(mask(new BigInteger(1, bytes), prefix, bits), prefix, bits);
    }

    public static boolean isValid(String cidr) {
        try {
            parse(cidr);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public boolean contains(String address) {
        byte[] bytes;
        try {
            bytes = literalBytes(address);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return bytes.length * 8 == bits && mask(new BigInteger(1, bytes), prefixLength, bits).equals(network);
    }

    private static byte[] literalBytes(String address) {
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        if (!LITERAL.matcher(literal).matches()) {
            throw new IllegalArgumentException("not an IP address literal");
        }
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address literal", e);
        }
    }

    private static BigInteger mask(BigInteger value, int prefix, int bits) {
        return value.shiftRight(bits - prefix);
    }
}
