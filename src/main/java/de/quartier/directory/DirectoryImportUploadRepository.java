package de.quartier.directory;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DirectoryImportUploadRepository extends ListCrudRepository<DirectoryImportUpload, UUID> {

    @Modifying
    @Query("delete from DirectoryImportUpload u where u.createdAt < ?1")
    int deleteOlderThan(Instant before);
}
