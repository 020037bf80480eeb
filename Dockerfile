# Production image: the application only; PostgreSQL is external (SPRING_DATASOURCE_URL etc.).
# Build: ./mvnw -DskipTests package && docker build -t samverkan .
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 samverkan
WORKDIR /app
COPY target/samverkan.jar /app/samverkan.jar
USER samverkan
ENV SPRING_PROFILES_ACTIVE=prod JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080 8081
ENTRYPOINT ["java", "-jar", "/app/samverkan.jar"]
