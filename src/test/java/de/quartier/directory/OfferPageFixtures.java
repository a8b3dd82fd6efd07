package de.quartier.directory;

import de.quartier.accounts.TenantService;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates directory entries of the detail-page tests in the Magdeburg demo tenant, under unique names. */
class OfferPageFixtures {

    private final OrganisationRepository organisations;
    private final LocationRepository locations;
    private final OfferRepository offers;
    private final CooperationRepository cooperations;
    private final ActionFieldRepository actionFields;
    private final TenantService tenants;
    private final DistrictService districts;
    private final TransactionTemplate tx;

    OfferPageFixtures(
            OrganisationRepository organisations,
            LocationRepository locations,
            OfferRepository offers,
            CooperationRepository cooperations,
            ActionFieldRepository actionFields,
            TenantService tenants,
            DistrictService districts,
            TransactionTemplate tx) {
        this.organisations = organisations;
        this.locations = locations;
        this.offers = offers;
        this.cooperations = cooperations;
        this.actionFields = actionFields;
        this.tenants = tenants;
        this.districts = districts;
        this.tx = tx;
    }

    record Entry(
            long organisationId,
            String organisationName,
            long neighbourId,
            String neighbourName,
            long partnerId,
            String partnerName,
            long offerId,
            String title,
            String description,
            DistrictSummary district) {}

    TenantInfo magdeburg() {
        return tenants.bySlug("magdeburg").orElseThrow();
    }

    DistrictSummary district(String slug) {
        return TenantContext.callAs(
                magdeburg(),
                () -> districts.list().stream()
                        .filter(d -> d.slug().equals(slug))
                        .findFirst()
                        .orElseThrow());
    }

    /**
     * A published organisation with a logo, a location it shares with a second published organisation, a
     * cooperation partner, and one offer with an English and an Arabic title.
     */
    Entry create(String title, String description, EntryStatus offerStatus, String districtSlug) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        DistrictSummary district = district(districtSlug);
        return TenantContext.callAs(
                magdeburg(),
                () -> tx.execute(status -> {
                    Location place = new Location("Stadtteiltreff " + tag);
                    place.update(
                            "Stadtteiltreff " + tag,
                            "Lübecker Straße 12",
                            "39124",
                            "Magdeburg",
                            district.id(),
                            52.149,
                            11.63);
                    locations.save(place);
                    Organisation org =
                            new Organisation("Bürgerhilfe Süd " + tag, OrganisationKind.WELFARE, EntryStatus.PUBLISHED);
                    org.update(
                            "Bürgerhilfe Süd " + tag,
                            OrganisationKind.WELFARE,
                            "Wir beraten Familien.\n\nUnd wir kochen zusammen.",
                            "www.buergerhilfe.example",
                            "kontakt@buergerhilfe.example",
                            "0391 123456",
                            "Frau Özdemir");
                    org.districtIds().add(district.id());
                    org.locations().add(place);
                    org.logo(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "image/png");
                    organisations.save(org);
                    Organisation neighbour = new Organisation(
                            "Nachbarschaftsverein " + tag, OrganisationKind.ASSOCIATION, EntryStatus.PUBLISHED);
                    neighbour.locations().add(place);
                    organisations.save(neighbour);
                    Organisation partner = new Organisation(
                            "Kooperationspartner " + tag, OrganisationKind.INITIATIVE, EntryStatus.PUBLISHED);
                    organisations.save(partner);
                    Cooperation coop = new Cooperation(org, partner, CooperationKind.REFERRAL_PATH);
                    coop.update(CooperationKind.REFERRAL_PATH, java.time.LocalDate.of(2023, 4, 1), null, null);
                    cooperations.save(coop);
                    Offer offer = new Offer(org, title, Cost.FREE, AccessMode.WALK_IN, offerStatus);
                    offer.update(
                            title,
                            description,
                            Cost.FREE,
                            "Spenden willkommen",
                            AccessMode.WALK_IN,
                            "Ebenerdiger Eingang",
                            "In den Ferien geschlossen",
                            "Herr Müller",
                            "cafe@buergerhilfe.example",
                            "0391 654321",
                            "https://buergerhilfe.example/cafe");
                    offer.locations().add(place);
                    offer.languages().addAll(java.util.List.of("de", "ar", "uk"));
                    offer.targetGroups().add(TargetGroup.NEWCOMERS);
                    offer.targetGroups().add(TargetGroup.FAMILIES);
                    actionFields.findAllByOrderByPositionAscIdAsc().stream()
                            .filter(f -> f.code().equals("integration"))
                            .forEach(f -> offer.actionFields().add(f));
                    offer.schedule().add(new ScheduleSlot(1, LocalTime.of(9, 0), LocalTime.of(12, 0)));
                    offer.schedule().add(new ScheduleSlot(3, LocalTime.of(14, 30), LocalTime.of(17, 0)));
                    offer.translations().put("en", new OfferText("Language café " + tag, null, null, null));
                    offer.translations().put("ar", new OfferText("مقهى اللغة " + tag, null, null, null));
                    offers.save(offer);
                    return new Entry(
                            org.id(),
                            org.name(),
                            neighbour.id(),
                            neighbour.name(),
                            partner.id(),
                            partner.name(),
                            offer.id(),
                            title,
                            description,
                            district);
                }));
    }

    void setOrganisationStatus(long id, EntryStatus status) {
        TenantContext.runAs(
                magdeburg(),
                () -> tx.executeWithoutResult(
                        s -> organisations.findById(id).orElseThrow().status(status)));
    }
}
