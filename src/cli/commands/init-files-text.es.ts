import type { InitFilesText } from './init-files-text.js';

/**
 * The files `vatl init --lang es` writes, in Spanish: for a district leader reading them, so
 * they name the Spanish memo and family summary (`.es.md`, `.family.es.md`) the repository gets.
 */
export const INIT_FILES_TEXT_ES: InitFilesText = {
  config: {
    about:
      'Configuración de vatl para este repositorio de decisiones. Las carpetas son relativas a este archivo.',
    decisions:
      'Los archivos de revisión (<n>-<slug>.review.yaml) y sus memorandos de decisión (<n>-<slug>.es.md).',
    frameworks:
      'Los marcos propios de su distrito; uno con el id de un marco incluido en vatl lo reemplaza.',
    defaultFramework: 'El marco que usa `vatl review` cuando --framework no indica otro.',
    templates:
      'Una carpeta de plantillas de memorando que reemplazan a las incluidas (memo.md.hbs, partials/*.md.hbs).',
    language: 'El idioma en que escribe vatl (en o es); --lang tiene prioridad.',
  },
  decisionsReadme: `# Decisiones de tecnología

Cada decisión es un archivo de revisión (\`<n>-<slug>.review.yaml\`, la fuente de verdad) y el
memorando de decisión que se genera a partir de él (\`<n>-<slug>.es.md\`); una vez tomada la
decisión, también el resumen para las familias (\`<n>-<slug>.family.es.md\`). Empiece una con
\`vatl review\` y revíselas todas con \`vatl validate\`. Para cambiar una decisión, edite su archivo
de revisión y luego ejecute \`vatl render --force <archivo de revisión>\`.

Los números se asignan en orden. Dos ramas pueden tomar el mismo número para decisiones
distintas: el slug (la parte del nombre después del número) mantiene separados sus ids y sus
nombres de archivo, así que la fusión (merge) no tiene conflictos.
`,
  frameworksReadme: `# Marcos del distrito

Ponga aquí los archivos de los marcos propios de su distrito (\`<id>.yaml\`). Para empezar, copie
uno de los marcos incluidos en vatl (\`vatl frameworks show vatl --json\` muestra lo que está
instalado), conserve la línea del esquema al principio y asígnele un id nuevo o una versión nueva.
\`vatl validate\` los revisa.
`,
  workflows: {
    validate:
      'Revisa los marcos, las revisiones y los memorandos en cada push y en cada pull request.',
    due: 'Cada lunes: falla cuando una decisión pasó su fecha de nueva revisión o una condición pasó su fecha límite.',
    pinned: [
      'vatl está fijado en package.json y package-lock.json (npm ci falla sin ese archivo):',
      'CI ejecuta la versión que revisó el equipo y nunca descarga un paquete por su nombre al ejecutarse.',
    ],
  },
  gitignore:
    'vatl: los borradores de revisiones en curso y el archivo de validate --cache se quedan en su equipo; npm install llena node_modules/.',
};
