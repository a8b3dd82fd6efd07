package de.quartier.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * An offer (Angebot) of an organisation. Indexed for the public search: the index holds everything a result
 * list shows, so a results page is answered from the index without loading entities. Fields derived from other
 * entities (organisation name, locations) are re-indexed explicitly by {@link DirectoryIndex} when those change.
 */
@Entity
@Indexed(index = "offer")
class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private UUID publicId = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @FullTextField(analyzer = SearchAnalysis.GERMAN, projectable = Projectable.YES)
    @FullTextField(name = "title_parts", analyzer = SearchAnalysis.GERMAN_PARTS)
    @KeywordField(name = "title_sort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES)
    private String title;

    @FullTextField(analyzer = SearchAnalysis.GERMAN)
    @FullTextField(name = "description_parts", analyzer = SearchAnalysis.GERMAN_PARTS)
    private String description = "";

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Cost cost;

    private @Nullable String costNote;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private AccessMode access;

    private @Nullable String accessibilityNote;
    private @Nullable String scheduleNote;
    private @Nullable String contactName;
    private @Nullable String contactEmail;
    private @Nullable String contactPhone;
    private @Nullable String website;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private EntryStatus status;

    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();

    @ManyToMany
    @JoinTable(
            name = "offer_location",
            joinColumns = @JoinColumn(name = "offer_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    private Set<Location> locations = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "offer_language", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "lang")
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<String> languages = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "offer_target_group", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "target_group")
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<TargetGroup> targetGroups = new TreeSet<>();

    @ManyToMany
    @JoinTable(
            name = "offer_action_field",
            joinColumns = @JoinColumn(name = "offer_id"),
            inverseJoinColumns = @JoinColumn(name = "action_field_id"))
    private Set<ActionField> actionFields = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "offer_schedule", joinColumns = @JoinColumn(name = "offer_id"))
    @OrderColumn(name = "position")
    private List<ScheduleSlot> schedule = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "offer_translation", joinColumns = @JoinColumn(name = "offer_id"))
    @MapKeyColumn(name = "lang")
    private Map<String, OfferText> translations = new HashMap<>();

    @Version
    private long version;

    protected Offer() {}

    Offer(Organisation organisation, String title, Cost cost, AccessMode access, EntryStatus status) {
        this.organisation = organisation;
        this.title = title;
        this.cost = cost;
        this.access = access;
        this.status = status;
    }

    // ---- derived index fields ------------------------------------------------------------------------------

    @GenericField(projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Long getOrganisationId() {
        return organisation.id();
    }

    @FullTextField(analyzer = SearchAnalysis.GERMAN, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getOrganisationName() {
        return organisation.name();
    }

    /** The first sentences of the description, stored for result lists. */
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "description")))
    String getSummary() {
        return Texts.excerpt(description, 220);
    }

    /** Translated titles, descriptions and notes, searchable with a language-neutral analyzer. */
    @FullTextField(analyzer = SearchAnalysis.NEUTRAL)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "translations")))
    String getTranslatedText() {
        StringBuilder sb = new StringBuilder();
        translations.values().forEach(t -> {
            if (t.title() != null) {
                sb.append(t.title()).append('\n');
            }
            if (t.description() != null) {
                sb.append(t.description()).append('\n');
            }
        });
        return sb.toString();
    }

    /** Translated titles and summaries for result lists, encoded by {@link Texts#encodeTranslations}. */
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "translations")))
    String getTranslatedSummaries() {
        return Texts.encodeTranslations(translations);
    }

    /** Districts the offer is in: those of its locations, else those its organisation works in. */
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Set<Long> getDistrictIds() {
        Set<Long> ids = new TreeSet<>();
        for (Location l : locations) {
            if (l.districtId() != null) {
                ids.add(l.districtId());
            }
        }
        if (ids.isEmpty()) {
            ids.addAll(organisation.districtIds());
        }
        return ids;
    }

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Set<Long> getActionFieldIds() {
        Set<Long> ids = new TreeSet<>();
        actionFields.forEach(a -> ids.add(a.id()));
        return ids;
    }

    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    List<GeoPoint> getPoints() {
        List<GeoPoint> points = new ArrayList<>();
        for (Location l : locations) {
            if (l.hasPoint()) {
                points.add(GeoPoint.of(l.latitude(), l.longitude()));
            }
        }
        return points;
    }

    /** Whether the public sees the offer: it is published, and so is its organisation. */
    @GenericField(name = "visible")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    boolean isVisible() {
        return status == EntryStatus.PUBLISHED && organisation.status() == EntryStatus.PUBLISHED;
    }

    // ---- changes -------------------------------------------------------------------------------------------

    void update(
            String title,
            String description,
            Cost cost,
            @Nullable String costNote,
            AccessMode access,
            @Nullable String accessibilityNote,
            @Nullable String scheduleNote,
            @Nullable String contactName,
            @Nullable String contactEmail,
            @Nullable String contactPhone,
            @Nullable String website) {
        this.title = title;
        this.description = description;
        this.cost = cost;
        this.costNote = costNote;
        this.access = access;
        this.accessibilityNote = accessibilityNote;
        this.scheduleNote = scheduleNote;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.website = website;
        touch();
    }

    void touch() {
        this.updatedAt = Instant.now();
    }

    void status(EntryStatus status) {
        this.status = status;
        touch();
    }

    void organisation(Organisation organisation) {
        this.organisation = organisation;
    }

    void publicId(UUID publicId) {
        this.publicId = publicId;
    }

    // ---- accessors -----------------------------------------------------------------------------------------

    Long id() {
        return id;
    }

    UUID publicId() {
        return publicId;
    }

    Organisation organisation() {
        return organisation;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    Cost cost() {
        return cost;
    }

    @Nullable
    String costNote() {
        return costNote;
    }

    AccessMode access() {
        return access;
    }

    @Nullable
    String accessibilityNote() {
        return accessibilityNote;
    }

    @Nullable
    String scheduleNote() {
        return scheduleNote;
    }

    @Nullable
    String contactName() {
        return contactName;
    }

    @Nullable
    String contactEmail() {
        return contactEmail;
    }

    @Nullable
    String contactPhone() {
        return contactPhone;
    }

    @Nullable
    String website() {
        return website;
    }

    EntryStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Set<Location> locations() {
        return locations;
    }

    Set<String> languages() {
        return languages;
    }

    Set<TargetGroup> targetGroups() {
        return targetGroups;
    }

    Set<ActionField> actionFields() {
        return actionFields;
    }

    List<ScheduleSlot> schedule() {
        return schedule;
    }

    Map<String, OfferText> translations() {
        return translations;
    }

    long version() {
        return version;
    }
}
