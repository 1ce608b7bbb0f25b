# Build stage: the Maven wrapper builds the executable jar (tests run in CI, not here).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -DskipTests package \
    && cp target/lianjian-portal-*.jar /build/app.jar

# Run stage: a JRE only, as a non-root user.
FROM eclipse-temurin:17-jre
RUN groupadd --system lianjian \
    && useradd --system --gid lianjian --home-dir /app --no-create-home --shell /usr/sbin/nologin lianjian \
    && mkdir -p /app \
    && chown lianjian:lianjian /app
WORKDIR /app
COPY --from=build --chown=lianjian:lianjian /build/app.jar /app/app.jar
# The portal serves one Shanghai sub-district: "today" is a Shanghai date.
ENV TZ=Asia/Shanghai
USER lianjian
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
