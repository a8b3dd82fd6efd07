package de.quartier.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the cooperation network page shows; public for the jte templates. Coordinates are SVG user units. */
public final class NetworkViews {

    private NetworkViews() {}

    public record Option(String value, String label, boolean selected) {}

    /**
     * An organisation: inside the district, or a partner from outside ({@code external}); {@code isolated} when
     * it works with nobody.
     */
    public record Node(
            long id,
            String name,
            String label,
            String x,
            String y,
            String radius,
            String labelX,
            String labelY,
            String labelRotation,
            String anchor,
            boolean external,
            boolean isolated,
            int degree,
            List<String> partners) {}

    public record Edge(
            String from,
            String to,
            String kind,
            String kindLabel,
            @Nullable String since,
            @Nullable String description,
            String x1,
            String y1,
            String x2,
            String y2) {}

    public record Kind(String kind, String label) {}

    public record Graph(
            List<Option> districts,
            @Nullable Long districtId,
            @Nullable String districtName,
            boolean own,
            int width,
            int height,
            List<Node> nodes,
            List<Edge> edges,
            List<Node> isolated,
            List<Kind> kinds) {

        public long internalCount() {
            return nodes.stream().filter(n -> !n.external()).count();
        }

        public long externalCount() {
            return nodes.stream().filter(Node::external).count();
        }
    }
}
