package de.quartier.directory;

import de.quartier.accounts.Access;
import de.quartier.accounts.AuditLog;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.shared.CsvLines;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of organisations and offers. A header row names the columns (any order, any subset as long as the
 * required ones are there); fields are separated by {@code ;} or {@code ,} (taken from the header), UTF-8 with or
 * without byte order mark; lists inside a field are separated by {@code |}. Every row is checked and gets its
 * errors (column and message); a bad row stops the import unless bad rows are skipped. Organisations are matched
 * by name, offers by organisation and title: importing a file again updates instead of duplicating.
 */
@Service
class DirectoryCsv {

    static final int MAX_ROWS = 5_000;

    static final List<String> ORGANISATION_COLUMNS = List.of(
            "name",
            "kind",
            "description",
            "website",
            "email",
            "phone",
            "districts",
            "street",
            "postal_code",
            "city",
            "latitude",
            "longitude");

    static final List<String> OFFER_COLUMNS = List.of(
            "organisation",
            "title",
            "description",
            "cost",
            "access",
            "languages",
            "target_groups",
            "action_fields",
            "street",
            "postal_code",
            "city",
            "latitude",
            "longitude",
            "opening_hours");

    private static final Pattern SLOT =
            Pattern.compile("^\\s*([A-Za-zÄÖÜäöü]{2})\\s+(\\d{1,2}[:.]\\d{2})\\s*[-–]\\s*(\\d{1,2}[:.]\\d{2})\\s*$");
    private static final Map<String, Integer> DAYS = Map.ofEntries(
            Map.entry("mo", 1),
            Map.entry("di", 2),
            Map.entry("tu", 2),
            Map.entry("mi", 3),
            Map.entry("we", 3),
            Map.entry("do", 4),
            Map.entry("th", 4),
            Map.entry("fr", 5),
            Map.entry("sa", 6),
            Map.entry("so", 7),
            Map.entry("su", 7));

    private final OrganisationRepository organisations;
    private final OfferRepository offers;
    private final LocationRepository locations;
    private final ActionFieldRepository actionFields;
    private final DistrictService districts;
    private final Access access;
    private final History history;
    private final DirectoryIndex index;
    private final AuditLog audit;

    DirectoryCsv(
            OrganisationRepository organisations,
            OfferRepository offers,
            LocationRepository locations,
            ActionFieldRepository actionFields,
            DistrictService districts,
            Access access,
            History history,
            DirectoryIndex index,
            AuditLog audit) {
        this.organisations = organisations;
        this.offers = offers;
        this.locations = locations;
        this.actionFields = actionFields;
        this.districts = districts;
        this.access = access;
        this.history = history;
        this.index = index;
        this.audit = audit;
    }

    /** A message key with its arguments, and the column it is about (empty for the whole row or file). */
    record Problem(String column, String key, List<Object> args) {
        static Problem of(String column, String key, Object... args) {
            return new Problem(column, key, List.of(args));
        }
    }

    /** A row checked: the values read (by column), the resolved values, and its errors. */
    record Row(int line, Map<String, String> values, List<Problem> errors, boolean updates, Values resolved) {
        boolean ok() {
            return errors.isEmpty();
        }

        String name() {
            return values.getOrDefault(values.containsKey("title") ? "title" : "name", "");
        }

        String detail() {
            return values.containsKey("organisation")
                    ? values.getOrDefault("organisation", "")
                    : values.getOrDefault("city", "");
        }
    }

    /** What a good row resolves to. */
    static final class Values {
        @Nullable
        Organisation existingOrganisation;

        @Nullable
        Offer existingOffer;

        OrganisationKind kind = OrganisationKind.OTHER;
        Set<Long> districtIds = new TreeSet<>();
        Cost cost = Cost.FREE;
        AccessMode access = AccessMode.WALK_IN;
        Set<String> languages = new TreeSet<>();
        Set<TargetGroup> targetGroups = new TreeSet<>();
        Set<Long> actionFieldIds = new TreeSet<>();
        List<ScheduleSlot> schedule = new ArrayList<>();

        @Nullable
        Double latitude;

        @Nullable
        Double longitude;

        @Nullable
        Long locationDistrict;
    }

    /** Either a problem with the whole file, or its rows, each checked; {@code stored} once imported. */
    record Result(
            @Nullable Problem fileError,
            List<Row> rows,
            @Nullable Integer stored) {

        static Result failed(String key, Object... args) {
            return new Result(Problem.of("", key, args), List.of(), null);
        }

        List<Row> good() {
            return rows.stream().filter(Row::ok).toList();
        }

        List<Row> bad() {
            return rows.stream().filter(r -> !r.ok()).toList();
        }

        boolean hasBadRows() {
            return rows.stream().anyMatch(r -> !r.ok());
        }

        List<Row> toImport(boolean skipBadRows) {
            if (fileError != null || (hasBadRows() && !skipBadRows)) {
                return List.of();
            }
            return good();
        }
    }

    static String organisationTemplate() {
        return String.join(";", ORGANISATION_COLUMNS) + "\r\n"
                + "Nachbarschaftsverein Beispiel e.V.;ASSOCIATION;Treffpunkt für alle im Stadtteil;"
                + "https://example.org;kontakt@example.org;0391 000000;06|Alte Neustadt;Beispielstraße 1;39104;"
                + "Magdeburg;52.1500;11.6300\r\n";
    }

    static String offerTemplate() {
        return String.join(";", OFFER_COLUMNS) + "\r\n"
                + "Nachbarschaftsverein Beispiel e.V.;Deutschkurs für Frauen;Sprachkurs mit Kinderbetreuung;FREE;"
                + "WALK_IN;de|ar;WOMEN|NEWCOMERS;integration;Beispielstraße 1;39104;Magdeburg;52.1500;11.6300;"
                + "Mo 09:00-12:00|Mi 14:00-17:00\r\n";
    }

    // ---- checking --------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    Result check(String format, String text) {
        return parse(format, text);
    }

    private Result parse(String format, String text) {
        boolean offerFile = DirectoryImportUpload.CSV_OFFERS.equals(format);
        List<String> known = offerFile ? OFFER_COLUMNS : ORGANISATION_COLUMNS;
        String[] lines = CsvLines.lines(text);
        int headerIndex = CsvLines.firstNonBlank(lines);
        if (headerIndex >= lines.length) {
            return Result.failed("directory.import.csv.empty");
        }
        String header = CsvLines.stripBom(lines[headerIndex]);
        char separator = CsvLines.separator(header, ';');
        List<String> columns = CsvLines.split(header, separator);
        if (columns == null) {
            return Result.failed("directory.import.csv.header", String.join(", ", known));
        }
        columns = columns.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        for (String c : columns) {
            if (!known.contains(c) || columns.indexOf(c) != columns.lastIndexOf(c)) {
                return Result.failed("directory.import.csv.column", HsdsImport.clip(c), String.join(", ", known));
            }
        }
        String required = offerFile ? "title" : "name";
        if (!columns.contains(required) || (offerFile && !columns.contains("organisation"))) {
            return Result.failed("directory.import.csv.header", String.join(", ", known));
        }
        Lookups lookups = new Lookups();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = headerIndex + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                return Result.failed("directory.import.csv.tooManyRows", MAX_ROWS);
            }
            List<String> fields = CsvLines.split(lines[i], separator);
            Map<String, String> values = new java.util.LinkedHashMap<>();
            List<Problem> errors = new ArrayList<>();
            Values v = new Values();
            if (fields == null) {
                errors.add(Problem.of("", "directory.import.csv.quote"));
            } else if (fields.size() != columns.size()) {
                errors.add(Problem.of("", "directory.import.csv.columns", columns.size(), fields.size()));
            } else {
                for (int c = 0; c < columns.size(); c++) {
                    values.put(columns.get(c), fields.get(c).strip());
                }
                if (offerFile) {
                    offerRow(values, errors, v, lookups, seen, i + 1);
                } else {
                    organisationRow(values, errors, v, lookups, seen, i + 1);
                }
            }
            Map<String, String> shown = new java.util.LinkedHashMap<>();
            values.forEach((k, val) -> shown.put(k, HsdsImport.clip(val)));
            boolean updates =
                    errors.isEmpty() && (v.existingOrganisation != null && !offerFile || v.existingOffer != null);
            rows.add(new Row(i + 1, shown, List.copyOf(errors), updates, v));
        }
        if (rows.isEmpty()) {
            return Result.failed("directory.import.csv.noRows");
        }
        return new Result(null, List.copyOf(rows), null);
    }

    /** The tenant's data rows refer to, read once per file. */
    private final class Lookups {
        final List<DistrictSummary> districtList = districts.list();
        final List<DistrictService.DistrictProfile> centres = districts.profiles();
        final Map<String, Organisation> orgsByName = new HashMap<>();
        final Map<String, ActionField> fieldsByCode = actionFields.findAll().stream()
                .collect(Collectors.toMap(f -> f.code().toLowerCase(Locale.ROOT), f -> f, (a, b) -> a));
        final Map<String, Long> districtByNumber;

        Lookups() {
            for (Organisation o : organisations.findAll()) {
                orgsByName.putIfAbsent(key(o.name()), o);
            }
            districtByNumber = new HashMap<>();
        }

        @Nullable
        Long district(String ref) {
            String r = ref.strip().toLowerCase(Locale.ROOT);
            for (DistrictSummary d : districtList) {
                if (d.name().toLowerCase(Locale.ROOT).equals(r) || d.slug().equals(r)) {
                    return d.id();
                }
            }
            return numbers().get(r.replaceFirst("^0+(?=\\d)", ""));
        }

        private Map<String, Long> numbers() {
            if (districtByNumber.isEmpty()) {
                centres.forEach(c -> districtByNumber.put(c.number().replaceFirst("^0+(?=\\d)", ""), c.id()));
            }
            return districtByNumber;
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private void organisationRow(
            Map<String, String> values,
            List<Problem> errors,
            Values v,
            Lookups lookups,
            Map<String, Integer> seen,
            int line) {
        String name = values.getOrDefault("name", "");
        if (name.isEmpty()) {
            errors.add(Problem.of("name", "directory.import.csv.required"));
        } else if (name.length() > 200) {
            errors.add(Problem.of("name", "directory.import.csv.length", 200));
        } else {
            Integer first = seen.putIfAbsent(key(name), line);
            if (first != null) {
                errors.add(Problem.of("name", "directory.import.csv.duplicate", first));
            }
            v.existingOrganisation = lookups.orgsByName.get(key(name));
        }
        String kind = values.getOrDefault("kind", "");
        if (!kind.isEmpty()) {
            try {
                v.kind = OrganisationKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                errors.add(Problem.of("kind", "directory.import.csv.kind", HsdsImport.clip(kind)));
            }
        }
        length(values, "description", 20_000, errors);
        String website = values.getOrDefault("website", "");
        if (!website.isEmpty() && (website.length() > 300 || HsdsJson.absoluteUrl(website) == null)) {
            errors.add(Problem.of("website", "directory.import.csv.url"));
        }
        String email = values.getOrDefault("email", "");
        if (!email.isEmpty()
                && (email.length() > 200 || !HsdsJson.EMAIL.matcher(email).matches())) {
            errors.add(Problem.of("email", "directory.import.csv.email"));
        }
        length(values, "phone", 50, errors);
        for (String ref : list(values.getOrDefault("districts", ""))) {
            Long id = lookups.district(ref);
            if (id == null) {
                errors.add(Problem.of("districts", "directory.import.csv.district", HsdsImport.clip(ref)));
            } else if (!access.isTenantAdmin() && !access.canManageDistrict(id)) {
                errors.add(Problem.of("districts", "directory.import.csv.districtNotYours", HsdsImport.clip(ref)));
            } else {
                v.districtIds.add(id);
            }
        }
        if (!access.isTenantAdmin() && v.districtIds.isEmpty()) {
            errors.add(Problem.of("districts", "directory.import.csv.districtRequired"));
        }
        if (!access.isTenantAdmin() && v.existingOrganisation != null) {
            boolean mine = v.existingOrganisation.districtIds().stream().anyMatch(access::canManageDistrict);
            if (!mine) {
                errors.add(Problem.of("name", "directory.import.csv.notYours"));
            }
        }
        place(values, errors, v, lookups);
    }

    private void offerRow(
            Map<String, String> values,
            List<Problem> errors,
            Values v,
            Lookups lookups,
            Map<String, Integer> seen,
            int line) {
        String orgName = values.getOrDefault("organisation", "");
        Organisation org = null;
        if (orgName.isEmpty()) {
            errors.add(Problem.of("organisation", "directory.import.csv.required"));
        } else {
            org = lookups.orgsByName.get(key(orgName));
            if (org == null) {
                errors.add(Problem.of("organisation", "directory.import.csv.organisation", HsdsImport.clip(orgName)));
            } else if (!access.isTenantAdmin() && org.districtIds().stream().noneMatch(access::canManageDistrict)) {
                errors.add(Problem.of("organisation", "directory.import.csv.notYours"));
            }
        }
        v.existingOrganisation = org;
        String title = values.getOrDefault("title", "");
        if (title.isEmpty()) {
            errors.add(Problem.of("title", "directory.import.csv.required"));
        } else if (title.length() > 200) {
            errors.add(Problem.of("title", "directory.import.csv.length", 200));
        } else if (org != null) {
            Integer first = seen.putIfAbsent(org.id() + "/" + key(title), line);
            if (first != null) {
                errors.add(Problem.of("title", "directory.import.csv.duplicate", first));
            }
            v.existingOffer = offers.findByOrganisationIdOrderByTitleAsc(org.id()).stream()
                    .filter(o -> key(o.title()).equals(key(title)))
                    .findFirst()
                    .orElse(null);
        }
        length(values, "description", 20_000, errors);
        String cost = values.getOrDefault("cost", "");
        if (!cost.isEmpty()) {
            v.cost = switch (cost.toLowerCase(Locale.ROOT)) {
                case "free", "kostenlos", "frei" -> Cost.FREE;
                case "reduced", "ermäßigt", "ermaessigt" -> Cost.REDUCED;
                case "fee", "kostenpflichtig", "gebühr" -> Cost.FEE;
                default -> {
                    errors.add(Problem.of("cost", "directory.import.csv.cost", HsdsImport.clip(cost)));
                    yield Cost.FREE;
                }
            };
        }
        String accessMode = values.getOrDefault("access", "");
        if (!accessMode.isEmpty()) {
            try {
                v.access =
                        AccessMode.valueOf(accessMode.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                errors.add(Problem.of("access", "directory.import.csv.access", HsdsImport.clip(accessMode)));
            }
        }
        for (String lang : list(values.getOrDefault("languages", ""))) {
            String code = HsdsImport.language(lang);
            if (code == null) {
                errors.add(Problem.of("languages", "directory.import.csv.language", HsdsImport.clip(lang)));
            } else {
                v.languages.add(code);
            }
        }
        for (String group : list(values.getOrDefault("target_groups", ""))) {
            try {
                v.targetGroups.add(TargetGroup.valueOf(group.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(Problem.of("target_groups", "directory.import.csv.group", HsdsImport.clip(group)));
            }
        }
        for (String code : list(values.getOrDefault("action_fields", ""))) {
            ActionField f = lookups.fieldsByCode.get(code.toLowerCase(Locale.ROOT));
            if (f == null) {
                errors.add(Problem.of("action_fields", "directory.import.csv.actionField", HsdsImport.clip(code)));
            } else {
                v.actionFieldIds.add(f.id());
            }
        }
        for (String slot : list(values.getOrDefault("opening_hours", ""))) {
            ScheduleSlot s = slot(slot);
            if (s == null) {
                errors.add(Problem.of("opening_hours", "directory.import.csv.hours", HsdsImport.clip(slot)));
            } else if (!v.schedule.contains(s)) {
                v.schedule.add(s);
            }
        }
        place(values, errors, v, lookups);
    }

    private static void place(Map<String, String> values, List<Problem> errors, Values v, Lookups lookups) {
        length(values, "street", 200, errors);
        length(values, "postal_code", 10, errors);
        length(values, "city", 100, errors);
        String lat = values.getOrDefault("latitude", "");
        String lon = values.getOrDefault("longitude", "");
        if (lat.isEmpty() != lon.isEmpty()) {
            errors.add(Problem.of(lat.isEmpty() ? "latitude" : "longitude", "directory.import.csv.bothCoordinates"));
        } else if (!lat.isEmpty()) {
            Double la = decimal(lat);
            Double lo = decimal(lon);
            if (la == null || la < -90 || la > 90) {
                errors.add(Problem.of("latitude", "directory.import.csv.latitude"));
            }
            if (lo == null || lo < -180 || lo > 180) {
                errors.add(Problem.of("longitude", "directory.import.csv.longitude"));
            }
            if (la != null && lo != null) {
                v.latitude = la;
                v.longitude = lo;
                v.locationDistrict = HsdsImport.nearest(lookups.centres, la, lo);
            }
        }
    }

    private static @Nullable Double decimal(String s) {
        try {
            double d = Double.parseDouble(s.replace(',', '.'));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static @Nullable ScheduleSlot slot(String text) {
        Matcher m = SLOT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        Integer day = DAYS.get(m.group(1).toLowerCase(Locale.ROOT));
        LocalTime from = time(m.group(2));
        LocalTime to = time(m.group(3));
        if (day == null || from == null || to == null || !to.isAfter(from)) {
            return null;
        }
        return new ScheduleSlot(day, from, to);
    }

    private static @Nullable LocalTime time(String s) {
        try {
            String t = s.replace('.', ':');
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void length(Map<String, String> values, String column, int max, List<Problem> errors) {
        if (values.getOrDefault(column, "").length() > max) {
            errors.add(Problem.of(column, "directory.import.csv.length", max));
        }
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String s : value.split("\\|")) {
            if (!s.isBlank()) {
                items.add(s.strip());
            }
        }
        return items;
    }

    // ---- importing -------------------------------------------------------------------------------------------

    /** Checks the text again and stores the rows to import in one transaction. */
    @Transactional
    Result apply(String format, String text, boolean skipBad, String source) {
        Result result = parse(format, text);
        List<Row> rows = result.toImport(skipBad);
        if (rows.isEmpty()) {
            return result;
        }
        boolean offerFile = DirectoryImportUpload.CSV_OFFERS.equals(format);
        Set<Long> reindex = new LinkedHashSet<>();
        for (Row row : rows) {
            Map<String, String> in = row.values();
            Values v = row.resolved();
            Location location = location(in, v, offerFile ? in.get("title") : in.get("name"));
            if (offerFile) {
                reindex.add(storeOffer(in, v, location, source));
            } else {
                Organisation o = storeOrganisation(in, v, location, source);
                if (v.existingOrganisation != null) {
                    reindex.addAll(offers.idsByOrganisations(List.of(o.id())));
                }
            }
        }
        offers.flush();
        index.reindexOffers(reindex);
        audit.record(
                "directory.import",
                HsdsImport.clip(source),
                format + ": " + rows.size() + " rows imported, " + result.bad().size() + " bad rows skipped");
        return new Result(null, result.rows(), rows.size());
    }

    private @Nullable Location location(Map<String, String> in, Values v, @Nullable String fallbackName) {
        String street = blankToNull(in.get("street"));
        String postal = blankToNull(in.get("postal_code"));
        String city = blankToNull(in.get("city"));
        if (street == null && postal == null && city == null && v.latitude == null) {
            return null;
        }
        for (Location l : locations.findAll()) {
            if (Objects.equals(l.street(), street)
                    && Objects.equals(l.postalCode(), postal)
                    && Objects.equals(l.city(), city)
                    && Objects.equals(l.latitude(), v.latitude)
                    && Objects.equals(l.longitude(), v.longitude)) {
                return l;
            }
        }
        String name = street != null ? street : fallbackName == null ? "Standort" : fallbackName;
        Location l = new Location(name);
        l.update(name, street, postal, city, v.locationDistrict, v.latitude, v.longitude);
        l = locations.save(l);
        history.record(History.LOCATION, l.id(), "import", "CSV", "Import");
        return l;
    }

    private Organisation storeOrganisation(
            Map<String, String> in, Values v, @Nullable Location location, String source) {
        Organisation o = v.existingOrganisation;
        boolean created = o == null;
        if (o == null) {
            o = new Organisation(in.get("name"), v.kind, EntryStatus.PUBLISHED);
        }
        History.Diff diff = new History.Diff()
                .field("name", created ? null : o.name(), in.get("name"))
                .field("kind", created ? null : o.kind(), v.kind)
                .field("description", created ? null : o.description(), in.getOrDefault("description", ""))
                .field("website", created ? null : o.website(), blankToNull(in.get("website")))
                .field("email", created ? null : o.email(), blankToNull(in.get("email")))
                .field("phone", created ? null : o.phone(), blankToNull(in.get("phone")));
        o.update(
                in.get("name"),
                v.kind,
                in.getOrDefault("description", ""),
                blankToNull(in.get("website")),
                blankToNull(in.get("email")),
                blankToNull(in.get("phone")),
                o.contactName());
        if (in.containsKey("districts")) {
            o.districtIds().clear();
            o.districtIds().addAll(v.districtIds);
        }
        if (location != null) {
            o.locations().add(location);
        }
        o = organisations.save(o);
        history.record(History.ORGANISATION, o.id(), "import", created ? source : diff.toString(), "Import");
        return o;
    }

    private long storeOffer(Map<String, String> in, Values v, @Nullable Location location, String source) {
        Organisation org = Objects.requireNonNull(v.existingOrganisation);
        Offer o = v.existingOffer;
        boolean created = o == null;
        if (o == null) {
            o = new Offer(org, in.get("title"), v.cost, v.access, EntryStatus.PUBLISHED);
        }
        String changes = created
                ? source
                : new History.Diff()
                        .field("title", o.title(), in.get("title"))
                        .field("description", o.description(), in.getOrDefault("description", ""))
                        .field("cost", o.cost(), v.cost)
                        .field("access", o.access(), v.access)
                        .toString();
        o.update(
                in.get("title"),
                in.getOrDefault("description", ""),
                v.cost,
                o.costNote(),
                v.access,
                o.accessibilityNote(),
                o.scheduleNote(),
                o.contactName(),
                o.contactEmail(),
                o.contactPhone(),
                o.website());
        if (in.containsKey("languages")) {
            o.languages().clear();
            o.languages().addAll(v.languages);
        }
        if (in.containsKey("target_groups")) {
            o.targetGroups().clear();
            o.targetGroups().addAll(v.targetGroups);
        }
        if (in.containsKey("action_fields")) {
            o.actionFields().clear();
            for (Long id : v.actionFieldIds) {
                o.actionFields().add(actionFields.getReferenceById(id));
            }
        }
        if (in.containsKey("opening_hours")) {
            o.schedule().clear();
            o.schedule().addAll(v.schedule);
        }
        if (location != null) {
            o.locations().add(location);
        }
        o = offers.save(o);
        history.record(History.OFFER, o.id(), "import", changes.isEmpty() ? source : changes, "Import");
        return o.id();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
