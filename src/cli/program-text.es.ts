import type { ProgramText } from './program-text.js';

const FW = 'una carpeta de plantillas de memorando que reemplazan a las incluidas';

/** Commander's fixed words in its errors and help, in Spanish (what it quotes is kept). */
const WORDS: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option '([^']*)'/m, "error: opción desconocida '$1'"],
  [/^error: unknown command '([^']*)'/m, "error: comando desconocido '$1'"],
  [/^error: missing required argument '([^']*)'/m, "error: falta el argumento obligatorio '$1'"],
  [/^error: option '([^']*)' argument missing/m, "error: falta el valor de la opción '$1'"],
  [
    /^error: too many arguments( for '[^']*')?\. Expected (\d+) arguments? but got (\d+)\./m,
    'error: demasiados argumentos$1. Se esperaban $2 y se recibieron $3.',
  ],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\./m,
    "error: el valor '$2' de la opción '$1' no es válido.",
  ],
  [
    /^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\./m,
    "error: el valor '$1' no es válido para el argumento '$2'.",
  ],
  [/Allowed choices are /g, 'Los valores posibles son '],
  [/\(Did you mean ([^?]*)\?\)/g, '(¿Quiso decir $1?)'],
  [/ for '([^']*)'/g, " de '$1'"],
  [/\(choices: /g, '(valores: '],
  [/\(default: /g, '(predeterminado: '],
  [/, default: /g, ', predeterminado: '],
  [/^\[options\]/gm, '[opciones]'],
  [/ \[options\]/g, ' [opciones]'],
  [/ \[command\]/g, ' [comando]'],
];

/** vatl's help in Spanish (usted). */
export const PROGRAM_TEXT_ES: ProgramText = {
  description:
    'Revisiones de decisiones tecnológicas para sistemas escolares: evalúe una herramienta o una adopción de IA ' +
    'propuesta según Hacer más, Hacer mejor y Hacer algo nuevo en Gobernanza y ética, Personas y capacidad e ' +
    'Infraestructura y recursos.',
  examples: `
Ejemplos:
  $ vatl review                           revisar una propuesta, paso a paso
  $ vatl review --answers review.yaml     lo mismo, desde un archivo de respuestas
  $ vatl review --lang es                 la revisión en español
  $ vatl validate                         comprobar marcos, revisiones y memorandos
  $ vatl validate frameworks/ --format github
  $ vatl frameworks list
  $ vatl frameworks show vatl             la cuadrícula 3×3, preguntas, controles y umbrales

Códigos de salida: 0 correcto · 1 se encontraron problemas · 2 error de uso o no se pudo ejecutar · 130 cancelado`,
  global: {
    version: 'mostrar la versión',
    noColor: 'mostrar sin color (también: NO_COLOR=1; FORCE_COLOR=1 lo activa)',
    verbose: 'mostrar trazas y más detalle en los errores',
    lang: 'el idioma en que se escribe (predeterminado: el de la configuración, si no en)',
    help: 'mostrar la ayuda',
  },
  commands: {
    review: {
      description:
        'revisar una herramienta o una adopción de IA propuesta y escribir el archivo de revisión y el memorando de decisión',
      options: {
        answers:
          'tomar todas las respuestas de un archivo de revisión en lugar de preguntar (para scripts y CI)',
        framework:
          'el marco con el que se revisa (predeterminado: el de la configuración, si no vatl)',
        resume: 'continuar un borrador guardado',
        reviewer:
          'de quién son estas respuestas, para una revisión en equipo que combina vatl merge (define reviewer en el archivo)',
        out: 'escribir en esta carpeta en lugar de la carpeta de decisiones',
        stdout: 'mostrar el memorando en lugar de escribir archivos',
        dryRun: 'comprobar y puntuar, sin escribir nada',
        force: 'reemplazar una revisión o un memorando existente con el mismo identificador',
        template: FW,
      },
      after: `
Ejemplos:
  $ vatl review --lang es                         la revisión paso a paso, en español
  $ vatl review --resume                          continuar donde se detuvo
  $ vatl review --answers examples/lms-replacement/review.yaml --stdout
  $ vatl review --answers review.yaml --out decisions/`,
    },
    render: {
      description:
        'volver a generar memorandos de decisión (o resúmenes para las familias) desde sus archivos de revisión',
      args: { reviews: 'archivos de revisión (.review.yaml) o patrones glob' },
      options: {
        stdout: 'mostrar el memorando en lugar de escribirlo',
        force: 'reemplazar un memorando que no coincide con lo que genera su revisión',
        audience: 'el lector',
        template: FW,
      },
      after: `
Ejemplos:
  $ vatl render decisions/0007-ai-tutor.review.yaml --lang es
  $ vatl render --force decisions/*.review.yaml
  $ vatl render --audience family decisions/0007-ai-tutor.review.yaml`,
    },
    status: {
      description:
        'cambiar el estado de una decisión, registrarlo en su historial y volver a generar su memorando',
      args: {
        id: 'el identificador de una decisión (0007-ai-tutor), su número (7) o la ruta de un .review.yaml',
        status: 'el nuevo estado',
      },
      options: {
        by: 'para superseded: la decisión posterior que reemplaza a esta',
        note: 'una nota para el historial de estados',
        date: 'la fecha del cambio, AAAA-MM-DD (predeterminado: hoy)',
      },
      after: `
Una decisión pasa de proposed a decided (o a retired, si se retira antes de aprobarse), y luego
de decided a superseded (--by la decisión que la reemplaza) o a retired. Se conservan los
comentarios y el formato del archivo de revisión.

Ejemplos:
  $ vatl status 7 decided --note "Aprobada por la junta"
  $ vatl status 0007-ai-tutor superseded --by 12
  $ vatl status decisions/0003-gradpath.review.yaml retired --date 2027-06-30`,
    },
    merge: {
      description:
        'combinar las revisiones independientes de los integrantes de un equipo sobre una propuesta: mediana, dispersión, grado de acuerdo y qué conversar',
      args: {
        reviews:
          'archivos de revisión (o patrones glob) de la misma propuesta, uno por revisor (dos o más)',
      },
      options: {
        out: 'escribir en esta carpeta en lugar de la carpeta de decisiones',
        stdout: 'mostrar el memorando combinado en lugar de escribir archivos',
        force: 'reemplazar una revisión o un memorando existente con el mismo identificador',
        template: FW,
      },
      after: `
Cada respuesta de escala es la mediana de los revisores, redondeada hacia abajo (el valor más
prudente); una respuesta que cruza una línea roja se mantiene si algún revisor la da; N/A solo
cuando más de la mitad lo indica. La revisión combinada registra las respuestas de cada revisor
y no tiene decisión: el equipo decide después de conversarlo.

Ejemplos:
  $ vatl merge ana.review.yaml ben.review.yaml cy.review.yaml --out decisions/
  $ vatl merge reviews/*.review.yaml --stdout`,
    },
    upgrade: {
      description:
        'pasar archivos de revisión a la versión instalada de su marco, indicando qué responder otra vez',
      args: { reviews: 'archivos de revisión (.review.yaml) o patrones glob' },
      options: { dryRun: 'decir qué cambiaría, sin escribir nada' },
      after: `
Las respuestas que no cambiaron se conservan. Las de preguntas cambiadas o eliminadas pasan a
\`previousAnswers:\` en el archivo (no se pierde nada); se indican las preguntas cambiadas y
nuevas para responderlas otra vez. Se conservan los comentarios y el formato del archivo.

Ejemplos:
  $ vatl upgrade decisions/0007-ai-tutor.review.yaml
  $ vatl upgrade --dry-run decisions/*.review.yaml`,
    },
    validate: {
      description:
        'comprobar marcos, revisiones y memorandos (archivos, carpetas o globs); cada problema en archivo:línea:columna',
      args: {
        paths:
          'archivos, carpetas o patrones glob (predeterminado: las carpetas de la configuración, si no ./frameworks y ./decisions)',
      },
      options: {
        format: 'formato de salida',
        maxWarnings:
          'salir con 1 cuando haya más alertas que este número (-1: sin límite, el predeterminado)',
        cache: 'comprobar solo las revisiones que cambiaron desde la última vez (en .vatlcache)',
        cacheLocation: 'el archivo de caché, o una carpeta donde guardar .vatlcache',
      },
      after: `
Ejemplos:
  $ vatl validate --lang es
  $ vatl validate frameworks/vatl.yaml my-district/*.yaml
  $ vatl validate --format sarif > vatl.sarif
  $ vatl validate --max-warnings 0`,
    },
    init: {
      description:
        'preparar aquí un repositorio de decisiones: configuración, carpetas, un flujo de CI y la configuración de esquemas del editor',
      options: {
        decisions: 'la carpeta de los archivos de revisión y los memorandos',
        force: 'reemplazar los archivos que ya existen',
      },
      after: `
Escribe vatl.config.yaml, la carpeta de decisiones, un package.json que fija vatl como
dependencia de desarrollo, flujos de GitHub Actions que lo ejecutan con npm ci y la
configuración de esquemas del editor. Los archivos existentes se conservan salvo con --force.
Luego ejecute npm install y confirme package-lock.json en git. Con --lang es, la configuración
lleva language: es.

Ejemplos:
  $ vatl init --lang es
  $ vatl init --decisions records
  $ vatl init --force                     volver a escribir todos los archivos`,
    },
    log: {
      description:
        'el índice de la cartera: escribir <decisions>/index.md y listar cada decisión, por categoría',
      options: { format: 'json o csv: solo mostrar la lista, sin escribir nada' },
      after: '\nEjemplos:\n  $ vatl log\n  $ vatl log --format csv > decisiones.csv',
    },
    due: {
      description:
        'decisiones que pasaron su fecha de revisión y condiciones que pasaron su fecha límite, con sus responsables',
      options: {
        asOf: 'el día de referencia, AAAA-MM-DD (predeterminado: hoy)',
        fail: 'salir con 1 si algo está vencido (para una tarea programada de CI)',
        format: 'formato de salida',
      },
      after: `
Lo que vence el mismo día de --as-of todavía no está vencido. Se omiten las decisiones
reemplazadas y retiradas.

Ejemplos:
  $ vatl due
  $ vatl due --as-of 2027-01-31 --format json
  $ vatl due --fail`,
    },
    frameworks: {
      description: 'listar los marcos instalados o mostrar uno',
      options: {},
      after: `
Ejemplos:
  $ vatl frameworks list
  $ vatl frameworks list --json
  $ vatl frameworks show vatl --lang es   la cuadrícula 3×3, preguntas, controles y umbrales`,
    },
    frameworksList: {
      description: 'listar los marcos instalados',
      options: { json: 'mostrar JSON' },
      after: `
Los marcos son los incluidos y los de las carpetas indicadas en frameworks: de
vatl.config.yaml; el predeterminado aparece marcado.

Ejemplos:
  $ vatl frameworks list
  $ vatl frameworks list --json | jq -r '.[].id'`,
    },
    frameworksShow: {
      description:
        'mostrar un marco: su cuadrícula con el número de preguntas, las preguntas, los controles y los umbrales',
      args: {
        framework:
          'el identificador de un marco instalado (por ejemplo, vatl) o la ruta de un archivo de marco',
      },
      options: { json: 'mostrar JSON' },
      after:
        '\nEjemplos:\n  $ vatl frameworks show vatl --lang es\n  $ vatl frameworks show ./mi-rubrica.yaml --json',
    },
    compare: {
      description: 'poner propuestas que compiten una al lado de la otra en una página Markdown',
      args: {
        reviews:
          'dos o más archivos de revisión, o identificadores o números de decisión (0007-x, 7)',
      },
      options: {
        out: 'escribir la página en este archivo en lugar de mostrarla',
        force: 'reemplazar el archivo de --out si existe',
        template: 'una carpeta de plantillas que reemplazan a las incluidas',
      },
      after:
        '\nEjemplos:\n  $ vatl compare 3 4\n  $ vatl compare decisions/0003-x.review.yaml decisions/0004-y.review.yaml --out opciones-lms.md',
    },
    completion: {
      description: 'mostrar un script de autocompletado para bash, zsh o fish',
      args: { shell: 'el shell' },
      options: {},
      after: `
Muestra un script que completa comandos, opciones, identificadores de marcos y rutas de
archivos. Instálelo una vez (vea el README, "Shell completion"):

Ejemplos:
  $ vatl completion bash > ~/.local/share/bash-completion/completions/vatl
  $ vatl completion zsh > "\${fpath[1]}/_vatl"
  $ vatl completion fish > ~/.config/fish/completions/vatl.fish`,
    },
  },
  compareOneReview: 'error: vatl compare necesita al menos dos revisiones para comparar.',
  maxWarnings: 'se esperaba un número entero, 0 o más, o -1 para no poner límite.',
  commander: {
    titles: {
      'Usage:': 'Uso:',
      'Options:': 'Opciones:',
      'Commands:': 'Comandos:',
      'Arguments:': 'Argumentos:',
      'Global Options:': 'Opciones globales:',
    },
    helpCommand: 'mostrar la ayuda de un comando',
    words: (text) => WORDS.reduce((t, [pattern, words]) => t.replace(pattern, words), text),
  },
};
