package de.quartier.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionFieldRepository extends JpaRepository<ActionField, Long> {

    List<ActionField> findAllByOrderByPositionAscIdAsc();
}
