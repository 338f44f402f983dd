package tangent.grader.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import picocli.CommandLine;
import tangent.grader.intake.Handins;

/**
 * One part of a batch, for grading on several machines: a submission belongs to shard K of N when
 * the SHA-256 of its id, taken as a number, is K - 1 modulo N. The split depends on nothing but
 * the ids, so every machine computes the same one, and adding a submission moves no other.
 *
 * @param index the shard, 1-based
 * @param count how many shards
 */
record Shard(int index, int count) {

    static final Shard ALL = new Shard(1, 1);

    /** The shard {@code K/N} names, or all submissions for null; a usage error otherwise. */
    static Shard parse(String text, CommandLine commandLine) {
        if (text == null) {
            return ALL;
        }
        String[] parts = text.split("/");
        try {
            if (parts.length == 2) {
                int k = Integer.parseInt(parts[0].strip());
                int n = Integer.parseInt(parts[1].strip());
                if (n >= 1 && k >= 1 && k <= n) {
                    return new Shard(k, n);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(commandLine, "--shard " + text + ": write K/N with 1 <= K <= N, "
                + "for example --shard 2/4");
    }

    List<Handins.Handin> select(List<Handins.Handin> submissions) {
        return count == 1 ? submissions : submissions.stream().filter(h -> contains(h.id())).toList();
    }

    boolean contains(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return new java.math.BigInteger(1, hash).mod(java.math.BigInteger.valueOf(count)).intValue() == index - 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
