package de.quartier.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CooperationRepository extends JpaRepository<Cooperation, Long> {

    @Query("select c from Cooperation c where c.organisationA.id = ?1 or c.organisationB.id = ?1")
    List<Cooperation> findByOrganisation(long organisationId);
}
