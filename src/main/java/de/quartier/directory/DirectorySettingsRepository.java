package de.quartier.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface DirectorySettingsRepository extends JpaRepository<DirectorySettings, Long> {}
